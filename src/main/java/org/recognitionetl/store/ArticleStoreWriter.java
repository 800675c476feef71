package org.recognitionetl.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.recognitionetl.article.Article;
import org.recognitionetl.extract.ArticleAnalysis;
import org.recognitionetl.extract.Position;
import org.recognitionetl.extract.Quote;
import org.recognitionetl.extract.Speaker;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes a chunk of import results to every table, inside the chunk's transaction: a chunk is
 * either all in the tables, with its files marked done, or not at all (and is read again on
 * restart). Each table gets one JDBC batch per chunk.
 *
 * <p>A file's earlier rows are deleted before its new rows go in, so a changed file leaves nothing
 * behind. Two files with the same URL give one article: the one whose path sorts first (a file
 * that went missing always loses); the other becomes a DUPLICATE_URL reject. The rule depends only
 * on the files, so nightly runs end where one run over the final state would.
 */
public class ArticleStoreWriter implements ItemWriter<ImportResult> {
    public static final String DUPLICATE_URL = "DUPLICATE_URL";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final long run;

    public ArticleStoreWriter(JdbcTemplate jdbc, long run) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends ImportResult> chunk) {
        Map<String, Holder> holders = currentHolders(chunk);
        ChunkRows rows = new ChunkRows();
        for (ImportResult result : chunk) {
            if (result instanceof ImportResult.Imported imported) {
                addImported(imported, holders, rows);
            } else if (result instanceof ImportResult.Rejected rejected) {
                addReject(rejected.file(), rejected.reason(), rejected.detail(), rejected.contentHash(), rows);
            } else if (result instanceof ImportResult.Unchanged unchanged) {
                rows.unchangedFiles.add(new Object[] {run, unchanged.file().fileId()});
            } else {
                rows.vanishedFiles.add(new Object[] {run, result.file().fileId()});
            }
        }
        execute(rows);
    }

    /** Which file holds each article the chunk imports, before the chunk. */
    private Map<String, Holder> currentHolders(Chunk<? extends ImportResult> chunk) {
        List<String> ids = new ArrayList<>();
        for (ImportResult result : chunk) {
            if (result instanceof ImportResult.Imported imported) {
                ids.add(imported.article().articleId());
            }
        }
        Map<String, Holder> holders = new HashMap<>();
        if (!ids.isEmpty()) {
            named.query("""
                    SELECT a.article_id, f.file_id, f.source_root, f.source_file, f.status
                    FROM articles a JOIN source_files f ON f.file_id = a.file_id
                    WHERE a.article_id IN (:ids)""", Map.of("ids", ids), rs -> {
                holders.put(rs.getString(1), new Holder(rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(1)));
            });
        }
        return holders;
    }

    private void addImported(ImportResult.Imported imported, Map<String, Holder> holders, ChunkRows rows) {
        SourceFileRow file = imported.file();
        Article article = imported.article();
        Holder holder = holders.get(article.articleId());
        if (holder != null && !holder.fileId.equals(file.fileId())) {
            if (!"MISSING".equals(holder.status) && holder.sortsBefore(file)) {
                addReject(file, DUPLICATE_URL, "same URL as " + holder.sourceFile
                        + ", which keeps the article; remove one of the two files or give it its own URL",
                        article.contentHash(), rows);
                return;
            }
            addReject(holder.asRow(), DUPLICATE_URL, "same URL as " + file.sourceFile()
                    + ", which keeps the article; remove one of the two files or give it its own URL", null, rows);
        }
        // a file of this chunk that held the article and lost it keeps none of its pending rows
        rows.articles.remove(article.articleId());
        holders.put(article.articleId(), new Holder(file.fileId(), file.sourceRoot(), file.sourceFile(), "IMPORTED",
                article.articleId()));
        if (file.articleId() != null) {
            rows.articlesToDelete.add(file.articleId());
        }
        rows.articlesToDelete.add(article.articleId());
        rows.rejectsToDelete.add(file.fileId());
        boolean changed = file.contentHash() == null || !file.contentHash().equals(article.contentHash());
        Object[] fileUpdate = {article.articleId(), article.contentHash(), imported.analysisVersion(), run, changed, run,
                file.fileId()};
        rows.articles.put(article.articleId(),
                articleRows(article, imported.analysis(), imported.analysisVersion(), file.fileId(), fileUpdate, rows));
    }

    private void addReject(SourceFileRow file, String reason, String detail, String contentHash, ChunkRows rows) {
        if (file.articleId() != null) {
            rows.articlesToDelete.add(file.articleId());
        }
        rows.rejectsToDelete.add(file.fileId());
        rows.rejects.add(new Object[] {file.fileId(), file.sourceFile(), reason, detail});
        rows.rejectedFiles.add(new Object[] {contentHash, run, file.fileId()});
    }

    private ChunkRows.ArticleRows articleRows(Article article, ArticleAnalysis analysis, String analysisVersion,
                                              String fileId, Object[] fileUpdate, ChunkRows rows) {
        String articleId = article.articleId();
        Object[] articleRow = {articleId, article.title(), article.publishedDate(), article.url(),
                article.sourceDomain(), article.author(), article.sourceFile(), article.contentHash(),
                article.encoding(), analysisVersion, fileId};
        Map<String, Object[]> speakersHere = new LinkedHashMap<>();
        List<String> quoteIds = new ArrayList<>();
        Map<String, Object[]> quotes = new LinkedHashMap<>();
        for (Quote quote : analysis.quotes()) {
            String speakerId = addSpeaker(quote.speaker(), articleId, speakersHere, rows);
            String quoteId = ContentIds.quoteId(articleId, quote.charStart(), quote.charEnd());
            quoteIds.add(quoteId);
            quotes.putIfAbsent(quoteId, new Object[] {quoteId, articleId, speakerId, quote.text(), quote.kind().name(),
                    quote.cue() == null ? "" : quote.cue(), quote.charStart(), quote.charEnd()});
        }
        Map<String, Object[]> positions = new LinkedHashMap<>();
        for (Position position : analysis.positions()) {
            String actorId = addEntity(position.actor(), rows);
            String targetId = addEntity(position.target(), rows);
            String speakerId = addSpeaker(position.speaker(), articleId, speakersHere, rows);
            String positionId = ContentIds.positionId(articleId, actorId, targetId, position.stance().name());
            String quoteId = position.quoteIndex() >= 0 && position.quoteIndex() < quoteIds.size()
                    ? quoteIds.get(position.quoteIndex()) : null;
            positions.putIfAbsent(positionId, new Object[] {positionId, articleId, actorId, targetId,
                    position.stance().name(), speakerId, quoteId, position.evidence() == null ? "" : position.evidence()});
        }
        return new ChunkRows.ArticleRows(articleRow, new Object[] {articleId, article.body()},
                new ArrayList<>(speakersHere.values()), new ArrayList<>(quotes.values()),
                new ArrayList<>(positions.values()), fileUpdate);
    }

    private static String addEntity(org.recognitionetl.extract.Entity entity, ChunkRows rows) {
        String id = ContentIds.entityId(entity.name());
        rows.entities.putIfAbsent(id, new Object[] {id, entity.name(), entity.kind().name(), id});
        return id;
    }

    /** Records the speaker's mention in this article (the mention that says most wins); returns its ID. */
    private static String addSpeaker(Speaker speaker, String articleId, Map<String, Object[]> speakersHere,
                                     ChunkRows rows) {
        if (speaker == null || speaker.name() == null || speaker.name().isBlank()) {
            return null;
        }
        String id = ContentIds.speakerId(speaker.name());
        String name = speaker.name().trim();
        String title = speaker.title() == null ? "" : speaker.title();
        String affiliation = speaker.affiliation() == null ? null : addEntity(speaker.affiliation(), rows);
        rows.speakers.putIfAbsent(id, new Object[] {id, name, title, affiliation, id});
        Object[] mention = speakersHere.get(id);
        if (mention == null) {
            speakersHere.put(id, new Object[] {articleId, id, name, title, affiliation});
        } else {
            if (((String) mention[3]).isEmpty()) {
                mention[3] = title;
            }
            if (mention[4] == null) {
                mention[4] = affiliation;
            }
        }
        return id;
    }

    private void execute(ChunkRows rows) {
        List<Object[]> articleIds = rows.articlesToDelete.stream().map(id -> new Object[] {id}).toList();
        for (String table : new String[] {"recognition_positions", "quotes", "article_speakers", "article_bodies"}) {
            batch("DELETE FROM " + table + " WHERE article_id = ?", articleIds);
        }
        batch("UPDATE source_files SET article_id = NULL WHERE article_id = ? AND status <> 'PENDING'", articleIds);
        batch("DELETE FROM articles WHERE article_id = ?", articleIds);
        batch("DELETE FROM rejects WHERE file_id = ?", rows.rejectsToDelete.stream().map(id -> new Object[] {id}).toList());
        batch("""
                INSERT INTO entities (entity_id, name, kind)
                SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM entities WHERE entity_id = ?)""",
                new ArrayList<>(rows.entities.values()));
        batch("""
                INSERT INTO speakers (speaker_id, name, title, affiliation)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM speakers WHERE speaker_id = ?)""",
                new ArrayList<>(rows.speakers.values()));
        batch("""
                INSERT INTO articles (article_id, title, published_date, url, source_domain, author, source_file,
                                      content_hash, encoding, analysis_version, file_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.all(a -> List.<Object[]>of(a.article())));
        batch("INSERT INTO article_bodies (article_id, body) VALUES (?, ?)", rows.all(a -> List.<Object[]>of(a.body())));
        batch("INSERT INTO article_speakers (article_id, speaker_id, name, title, affiliation) VALUES (?, ?, ?, ?, ?)",
                rows.all(ChunkRows.ArticleRows::speakers));
        batch("""
                INSERT INTO quotes (quote_id, article_id, speaker_id, text, kind, cue, char_start, char_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows.all(ChunkRows.ArticleRows::quotes));
        batch("""
                INSERT INTO recognition_positions (position_id, article_id, actor_entity_id, target_entity_id, stance,
                                                   speaker_id, quote_id, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows.all(ChunkRows.ArticleRows::positions));
        batch("INSERT INTO rejects (file_id, source_file, reason, detail) VALUES (?, ?, ?, ?)", rows.rejects);
        batch("""
                UPDATE source_files SET status = 'IMPORTED', article_id = ?, content_hash = ?, analysis_version = ?,
                                        processed_run = ?, changed_run = CASE WHEN ? THEN ? ELSE changed_run END
                WHERE file_id = ?""", rows.all(a -> List.<Object[]>of(a.fileUpdate())));
        batch("""
                UPDATE source_files SET status = 'REJECTED', article_id = NULL, analysis_version = NULL,
                                        content_hash = COALESCE(?, content_hash), processed_run = ?
                WHERE file_id = ?""", rows.rejectedFiles);
        batch("UPDATE source_files SET status = 'IMPORTED', processed_run = ? WHERE file_id = ?", rows.unchangedFiles);
        batch("UPDATE source_files SET status = 'MISSING', processed_run = ? WHERE file_id = ?", rows.vanishedFiles);
    }

    private void batch(String sql, List<Object[]> args) {
        if (!args.isEmpty()) {
            jdbc.batchUpdate(sql, args);
        }
    }

    private record Holder(String fileId, String sourceRoot, String sourceFile, String status, String articleId) {
        boolean sortsBefore(SourceFileRow other) {
            int byPath = sourceFile.compareTo(other.sourceFile());
            return byPath != 0 ? byPath < 0 : sourceRoot.compareTo(other.sourceRoot()) < 0;
        }

        SourceFileRow asRow() {
            return new SourceFileRow(fileId, sourceRoot, sourceFile, 0, 0, null, status, articleId, null);
        }
    }
}
