package org.recognitionetl.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.recognitionetl.article.Article;
import org.recognitionetl.extract.ArticleAnalysis;
import org.recognitionetl.extract.Entity;
import org.recognitionetl.extract.Position;
import org.recognitionetl.extract.Quote;
import org.recognitionetl.extract.Speaker;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of import results to every table, inside the chunk's transaction: a chunk is
 * either all in the tables, with its files marked done, or not at all (and is read again on restart).
 *
 * <p>A file's earlier rows are deleted before its new rows go in, so a changed file leaves nothing
 * behind. Two files with the same URL give one article: the one whose path sorts first (a file
 * that went missing always loses); the other becomes a DUPLICATE_URL reject. The rule depends only
 * on the files, so nightly runs end where one run over the final state would.
 */
public class ArticleStoreWriter implements ItemWriter<ImportResult> {
    public static final String DUPLICATE_URL = "DUPLICATE_URL";

    private final JdbcTemplate jdbc;
    private final long run;

    public ArticleStoreWriter(JdbcTemplate jdbc, long run) {
        this.jdbc = jdbc;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends ImportResult> chunk) {
        for (ImportResult result : chunk) {
            if (result instanceof ImportResult.Imported imported) {
                writeImported(imported);
            } else if (result instanceof ImportResult.Rejected rejected) {
                writeReject(rejected.file(), rejected.reason(), rejected.detail(), rejected.contentHash());
            } else if (result instanceof ImportResult.Unchanged unchanged) {
                jdbc.update("UPDATE source_files SET status = 'IMPORTED', processed_run = ? WHERE file_id = ?",
                        run, unchanged.file().fileId());
            } else {
                jdbc.update("UPDATE source_files SET status = 'MISSING', processed_run = ? WHERE file_id = ?",
                        run, result.file().fileId());
            }
        }
    }

    private void writeImported(ImportResult.Imported imported) {
        SourceFileRow file = imported.file();
        Article article = imported.article();
        Holder holder = currentHolder(article.articleId());
        if (holder != null && !holder.fileId.equals(file.fileId())) {
            if (!"MISSING".equals(holder.status) && holder.sortsBefore(file)) {
                writeReject(file, DUPLICATE_URL, "same URL as " + holder.sourceFile
                        + ", which keeps the article; remove one of the two files or give it its own URL",
                        article.contentHash());
                return;
            }
            deleteArticle(article.articleId());
            writeReject(holder.asRow(), DUPLICATE_URL, "same URL as " + file.sourceFile()
                    + ", which keeps the article; remove one of the two files or give it its own URL", null);
        }
        if (file.articleId() != null) {
            deleteArticle(file.articleId());
        }
        deleteArticle(article.articleId());
        jdbc.update("DELETE FROM rejects WHERE file_id = ?", file.fileId());
        insertArticle(article, imported.analysis(), imported.analysisVersion(), file.fileId());
        boolean changed = file.contentHash() == null || !file.contentHash().equals(article.contentHash());
        jdbc.update("""
                UPDATE source_files SET status = 'IMPORTED', article_id = ?, content_hash = ?, analysis_version = ?,
                                        processed_run = ?, changed_run = CASE WHEN ? THEN ? ELSE changed_run END
                WHERE file_id = ?""",
                article.articleId(), article.contentHash(), imported.analysisVersion(), run, changed, run,
                file.fileId());
    }

    private void writeReject(SourceFileRow file, String reason, String detail, String contentHash) {
        if (file.articleId() != null) {
            deleteArticle(file.articleId());
        }
        jdbc.update("DELETE FROM rejects WHERE file_id = ?", file.fileId());
        jdbc.update("INSERT INTO rejects (file_id, source_file, reason, detail) VALUES (?, ?, ?, ?)",
                file.fileId(), file.sourceFile(), reason, detail);
        jdbc.update("""
                UPDATE source_files SET status = 'REJECTED', article_id = NULL, analysis_version = NULL,
                                        content_hash = COALESCE(?, content_hash), processed_run = ?
                WHERE file_id = ?""", contentHash, run, file.fileId());
    }

    private Holder currentHolder(String articleId) {
        List<Holder> holders = jdbc.query("""
                SELECT f.file_id, f.source_root, f.source_file, f.status
                FROM articles a JOIN source_files f ON f.file_id = a.file_id
                WHERE a.article_id = ?""",
                (rs, i) -> new Holder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), articleId),
                articleId);
        return holders.isEmpty() ? null : holders.get(0);
    }

    /** Deletes an article and every row derived from it. Speakers and entities left unused go at publish. */
    void deleteArticle(String articleId) {
        jdbc.update("DELETE FROM recognition_positions WHERE article_id = ?", articleId);
        jdbc.update("DELETE FROM quotes WHERE article_id = ?", articleId);
        jdbc.update("DELETE FROM article_speakers WHERE article_id = ?", articleId);
        jdbc.update("DELETE FROM article_bodies WHERE article_id = ?", articleId);
        jdbc.update("UPDATE source_files SET article_id = NULL WHERE article_id = ? AND status <> 'PENDING'", articleId);
        jdbc.update("DELETE FROM articles WHERE article_id = ?", articleId);
    }

    private void insertArticle(Article article, ArticleAnalysis analysis, String analysisVersion, String fileId) {
        String articleId = article.articleId();
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, SpeakerRow> speakers = new LinkedHashMap<>();
        for (Quote quote : analysis.quotes()) {
            addSpeaker(quote.speaker(), speakers, entities);
        }
        for (Position position : analysis.positions()) {
            entities.put(ContentIds.entityId(position.actor().name()), position.actor());
            entities.put(ContentIds.entityId(position.target().name()), position.target());
            addSpeaker(position.speaker(), speakers, entities);
        }
        for (Map.Entry<String, Entity> entity : entities.entrySet()) {
            jdbc.update("""
                    INSERT INTO entities (entity_id, name, kind)
                    SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM entities WHERE entity_id = ?)""",
                    entity.getKey(), entity.getValue().name(), entity.getValue().kind().name(), entity.getKey());
        }
        for (SpeakerRow speaker : speakers.values()) {
            jdbc.update("""
                    INSERT INTO speakers (speaker_id, name, title, affiliation)
                    SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM speakers WHERE speaker_id = ?)""",
                    speaker.id, speaker.name, speaker.title, speaker.affiliation, speaker.id);
        }
        jdbc.update("""
                INSERT INTO articles (article_id, title, published_date, url, source_domain, author, source_file,
                                      content_hash, encoding, analysis_version, file_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                articleId, article.title(), article.publishedDate(), article.url(), article.sourceDomain(),
                article.author(), article.sourceFile(), article.contentHash(), article.encoding(), analysisVersion,
                fileId);
        jdbc.update("INSERT INTO article_bodies (article_id, body) VALUES (?, ?)", articleId, article.body());
        List<Object[]> speakerRows = new ArrayList<>();
        for (SpeakerRow speaker : speakers.values()) {
            speakerRows.add(new Object[] {articleId, speaker.id, speaker.name, speaker.title, speaker.affiliation});
        }
        jdbc.batchUpdate("INSERT INTO article_speakers (article_id, speaker_id, name, title, affiliation) VALUES (?, ?, ?, ?, ?)",
                speakerRows);
        List<String> quoteIds = new ArrayList<>();
        List<Object[]> quoteRows = new ArrayList<>();
        Set<String> seenSpans = new TreeSet<>();
        for (Quote quote : analysis.quotes()) {
            String quoteId = ContentIds.quoteId(articleId, quote.charStart(), quote.charEnd());
            quoteIds.add(quoteId);
            if (seenSpans.add(quoteId)) {
                quoteRows.add(new Object[] {quoteId, articleId, speakerId(quote.speaker()), quote.text(),
                        quote.kind().name(), quote.cue() == null ? "" : quote.cue(), quote.charStart(), quote.charEnd()});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO quotes (quote_id, article_id, speaker_id, text, kind, cue, char_start, char_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", quoteRows);
        Map<String, Object[]> positionRows = new LinkedHashMap<>();
        for (Position position : analysis.positions()) {
            String actorId = ContentIds.entityId(position.actor().name());
            String targetId = ContentIds.entityId(position.target().name());
            String positionId = ContentIds.positionId(articleId, actorId, targetId, position.stance().name());
            String quoteId = position.quoteIndex() >= 0 && position.quoteIndex() < quoteIds.size()
                    ? quoteIds.get(position.quoteIndex()) : null;
            positionRows.putIfAbsent(positionId, new Object[] {positionId, articleId, actorId, targetId,
                    position.stance().name(), speakerId(position.speaker()), quoteId,
                    position.evidence() == null ? "" : position.evidence()});
        }
        jdbc.batchUpdate("""
                INSERT INTO recognition_positions (position_id, article_id, actor_entity_id, target_entity_id, stance,
                                                   speaker_id, quote_id, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", new ArrayList<>(positionRows.values()));
    }

    private static String speakerId(Speaker speaker) {
        return speaker == null || speaker.name() == null || speaker.name().isBlank()
                ? null : ContentIds.speakerId(speaker.name());
    }

    private static void addSpeaker(Speaker speaker, Map<String, SpeakerRow> speakers, Map<String, Entity> entities) {
        String id = speakerId(speaker);
        if (id == null) {
            return;
        }
        String affiliation = null;
        if (speaker.affiliation() != null) {
            affiliation = ContentIds.entityId(speaker.affiliation().name());
            entities.put(affiliation, speaker.affiliation());
        }
        SpeakerRow row = new SpeakerRow(id, speaker.name().trim(), speaker.title() == null ? "" : speaker.title(),
                affiliation);
        speakers.merge(id, row, SpeakerRow::richer);
    }

    private record SpeakerRow(String id, String name, String title, String affiliation) {
        /** Within one article, keep the mention that says most about the speaker. */
        SpeakerRow richer(SpeakerRow other) {
            return new SpeakerRow(id, name, title.isEmpty() ? other.title : title,
                    affiliation == null ? other.affiliation : affiliation);
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
