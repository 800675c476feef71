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
 * that went missing always loses); the others become DUPLICATE_URL rejects naming it. The result
 * must not depend on the order in which files arrive (partitions write in whatever order their
 * threads reach the store, and nightly runs must end where one run over the final state would), so:
 * <ul>
 * <li>what a file holds is read from the store at write time, never from the possibly stale row
 * the reader fetched, and chunks write one at a time ({@link StoreWriteGate});</li>
 * <li>when a file takes an article from its keeper, rejects naming the old keeper are renamed;</li>
 * <li>when a keeper gives its article up (new URL, rejected, vanished), the files rejected because
 * of it are made pending again and read again in this run (the import's second pass).</li>
 * </ul>
 */
public class ArticleStoreWriter implements ItemWriter<ImportResult> {
    public static final String DUPLICATE_URL = "DUPLICATE_URL";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final long run;
    private final StoreWriteGate gate;
    private final MentionCounts mentionCounts;

    public ArticleStoreWriter(JdbcTemplate jdbc, long run, StoreWriteGate gate) {
        this.jdbc = jdbc;
        this.mentionCounts = new MentionCounts(jdbc);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.run = run;
        this.gate = gate;
    }

    @Override
    public void write(Chunk<? extends ImportResult> chunk) {
        gate.enterUntilTransactionEnds();
        Map<String, String> owned = ownedArticles(chunk);
        Map<String, Holder> holders = currentHolders(chunk);
        ChunkRows rows = new ChunkRows();
        for (ImportResult result : chunk) {
            if (result instanceof ImportResult.Imported imported) {
                addImported(imported, holders, owned, rows);
            } else if (result instanceof ImportResult.Rejected rejected) {
                release(rejected.file(), owned, holders, rows, true);
                addReject(rejected.file(), rejected.reason(), rejected.detail(), rejected.contentHash(), rows);
            } else if (result instanceof ImportResult.Unchanged unchanged) {
                // the file still holds its article unless a file sorting first took it meanwhile (and
                // rejected it then): only a holder is marked imported
                String fileId = unchanged.file().fileId();
                if (unchanged.file().articleId().equals(owned.get(fileId)) && !rows.rejects.containsKey(fileId)) {
                    rows.unchangedFiles.add(new Object[] {run, fileId});
                }
            } else {
                // a missing file keeps its article but loses it to any file with the same URL
                release(result.file(), owned, holders, rows, false);
                rows.rejects.remove(result.file().fileId());
                rows.vanishedFiles.add(new Object[] {run, result.file().fileId()});
            }
        }
        execute(rows);
    }

    /** The article each file of the chunk holds now (the reader's row may predate another chunk's write). */
    private Map<String, String> ownedArticles(Chunk<? extends ImportResult> chunk) {
        List<String> fileIds = new ArrayList<>();
        for (ImportResult result : chunk) {
            fileIds.add(result.file().fileId());
        }
        Map<String, String> owned = new HashMap<>();
        if (!fileIds.isEmpty()) {
            named.query("SELECT file_id, article_id FROM articles WHERE file_id IN (:ids)", Map.of("ids", fileIds),
                    rs -> {
                        owned.put(rs.getString(1), rs.getString(2));
                    });
        }
        return owned;
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

    private void addImported(ImportResult.Imported imported, Map<String, Holder> holders, Map<String, String> owned,
                             ChunkRows rows) {
        SourceFileRow file = imported.file();
        Article article = imported.article();
        String articleId = article.articleId();
        if (!articleId.equals(owned.get(file.fileId()))) {
            // the file now has another URL: its old article goes (first, so that rejects renamed
            // to name this file below are not taken for rejects of the old article)
            release(file, owned, holders, rows, true);
        }
        Holder holder = holders.get(articleId);
        if (holder != null && !holder.fileId.equals(file.fileId())) {
            if (!"MISSING".equals(holder.status) && holder.sortsBefore(file)) {
                addReject(file, DUPLICATE_URL, duplicateDetail(holder.sourceFile), article.contentHash(), rows);
                return;
            }
            // the holder loses the article to this file, and so do the files rejected in its favour
            owned.remove(holder.fileId);
            rows.articles.remove(articleId);
            addReject(holder.asRow(), DUPLICATE_URL, duplicateDetail(file.sourceFile()), null, rows);
            renameKeeper(holder.sourceFile, file.sourceFile(), rows);
        }
        owned.put(file.fileId(), articleId);
        holders.put(articleId, new Holder(file.fileId(), file.sourceRoot(), file.sourceFile(), "IMPORTED", articleId));
        rows.rejects.remove(file.fileId());
        if (holder != null) {
            // the article is in the store (this file's older rows, or another keeper's): replaced.
            // A new article has no rows to delete, and six statements per article are saved.
            rows.articlesToDelete.add(articleId);
        }
        rows.rejectsToDelete.add(file.fileId());
        boolean changed = file.contentHash() == null || !file.contentHash().equals(article.contentHash());
        Object[] fileUpdate = {articleId, article.contentHash(), imported.analysisVersion(), run, changed, run,
                file.fileId()};
        rows.articles.put(articleId,
                articleRows(article, imported.analysis(), imported.analysisVersion(), file.fileId(), fileUpdate, rows));
    }

    /**
     * The file no longer keeps the article it holds (if any): files rejected as its duplicates are
     * read again, since they may now keep it. {@code drop} deletes the article's rows (a vanished
     * file's article stays in the archive).
     */
    private static void release(SourceFileRow file, Map<String, String> owned, Map<String, Holder> holders,
                                ChunkRows rows, boolean drop) {
        String held = drop ? owned.remove(file.fileId()) : owned.get(file.fileId());
        if (held == null) {
            return;
        }
        if (drop) {
            rows.articlesToDelete.add(held);
            rows.articles.remove(held);
            Holder holder = holders.get(held);
            if (holder != null && holder.fileId.equals(file.fileId())) {
                holders.remove(held);
            }
        } else {
            Holder holder = holders.get(held);
            if (holder != null && holder.fileId.equals(file.fileId())) {
                holders.put(held, new Holder(holder.fileId, holder.sourceRoot, holder.sourceFile, "MISSING", held));
            }
        }
        String detail = duplicateDetail(file.sourceFile());
        rows.keeperChanges.add(new ChunkRows.KeeperChange(detail, null));
        rows.rejects.values().removeIf(reject -> {
            if (DUPLICATE_URL.equals(reject.reason()) && detail.equals(reject.detail())) {
                rows.reopenedFiles.add(reject.fileId());
                return true;
            }
            return false;
        });
    }

    private static void renameKeeper(String oldKeeper, String newKeeper, ChunkRows rows) {
        String oldDetail = duplicateDetail(oldKeeper);
        String newDetail = duplicateDetail(newKeeper);
        rows.keeperChanges.add(new ChunkRows.KeeperChange(oldDetail, newDetail));
        rows.rejects.replaceAll((fileId, reject) -> DUPLICATE_URL.equals(reject.reason())
                && oldDetail.equals(reject.detail()) ? reject.withDetail(newDetail) : reject);
    }

    static String duplicateDetail(String keeper) {
        return "same URL as " + keeper + ", which keeps the article; remove one of the two files or give it its own URL";
    }

    private void addReject(SourceFileRow file, String reason, String detail, String contentHash, ChunkRows rows) {
        rows.rejectsToDelete.add(file.fileId());
        rows.reopenedFiles.remove(file.fileId());
        rows.rejects.put(file.fileId(), new ChunkRows.PendingReject(file.fileId(), file.sourceFile(), reason, detail,
                contentHash));
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
        boolean keepCounts = mentionCounts.kept();
        if (keepCounts && !rows.articlesToDelete.isEmpty()) {
            mentionCounts.remove(rows.articlesToDelete);
        }
        for (String table : new String[] {"recognition_positions", "quotes", "article_speakers", "article_bodies"}) {
            batch("DELETE FROM " + table + " WHERE article_id = ?", articleIds);
        }
        batch("UPDATE source_files SET article_id = NULL WHERE article_id = ? AND status <> 'PENDING'", articleIds);
        batch("DELETE FROM articles WHERE article_id = ?", articleIds);
        batch("DELETE FROM rejects WHERE file_id = ?", rows.rejectsToDelete.stream().map(id -> new Object[] {id}).toList());
        // a duplicate URL changing hands: one statement per change, in order, by the detail's index (V11)
        for (ChunkRows.KeeperChange change : rows.keeperChanges) {
            if (change.newDetail() == null) {
                jdbc.update("""
                        UPDATE source_files SET status = 'PENDING' WHERE status = 'REJECTED' AND file_id IN
                            (SELECT file_id FROM rejects WHERE reason = ? AND detail = ?)""", DUPLICATE_URL,
                        change.oldDetail());
            } else {
                jdbc.update("UPDATE rejects SET detail = ? WHERE reason = ? AND detail = ?", change.newDetail(),
                        DUPLICATE_URL, change.oldDetail());
            }
        }
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
        if (keepCounts) {
            mentionCounts.add(rows.articles.keySet());
        }
        batch("""
                INSERT INTO quotes (quote_id, article_id, speaker_id, text, kind, cue, char_start, char_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows.all(ChunkRows.ArticleRows::quotes));
        batch("""
                INSERT INTO recognition_positions (position_id, article_id, actor_entity_id, target_entity_id, stance,
                                                   speaker_id, quote_id, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows.all(ChunkRows.ArticleRows::positions));
        batch("INSERT INTO rejects (file_id, source_file, reason, detail) VALUES (?, ?, ?, ?)",
                rows.rejects.values().stream().map(r -> new Object[] {r.fileId(), r.sourceFile(), r.reason(), r.detail()})
                        .toList());
        batch("""
                UPDATE source_files SET status = 'IMPORTED', article_id = ?, content_hash = ?, analysis_version = ?,
                                        processed_run = ?, changed_run = CASE WHEN ? THEN ? ELSE changed_run END
                WHERE file_id = ?""", rows.all(a -> List.<Object[]>of(a.fileUpdate())));
        batch("""
                UPDATE source_files SET status = 'REJECTED', article_id = NULL, analysis_version = NULL,
                                        content_hash = COALESCE(?, content_hash), processed_run = ?
                WHERE file_id = ?""", rows.rejects.values().stream().map(r -> new Object[] {r.contentHash(), run, r.fileId()})
                .toList());
        batch("UPDATE source_files SET status = 'PENDING', article_id = NULL WHERE file_id = ?",
                rows.reopenedFiles.stream().map(id -> new Object[] {id}).toList());
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
