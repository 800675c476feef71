package org.recognitionetl.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code speaker_mention_counts} (migration V9) equal to the mentions in
 * {@code article_speakers}, counted by name, speaker, title and affiliation. Whoever changes an
 * article's mentions takes the article's mentions out of the counts before the change and puts them
 * back after it, in the same transaction; the counts then never differ from the table, whatever the
 * change was (new rows, deleted rows, mentions pointed at another speaker).
 *
 * <p>While the next publish is a full one (a new store being bulk-imported, a full refresh), the
 * counts are not kept: that publish {@link #rebuild rebuilds} them from the mentions in one pass,
 * which costs a bulk import nothing per chunk (keeping them costs a chunk's writes about a quarter
 * more, StoreWriteBenchmark).
 */
public final class MentionCounts {
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    public MentionCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether the counts are kept current now: not while the next publish is a full one, which
     * rebuilds them. A writer asks once per chunk (the flag changes only between runs' steps).
     */
    public boolean kept() {
        return !new ChangeLog(jdbc).flaggedFull();
    }

    /**
     * Counts every mention of the store again (a full publish, before it reads the counts), grouped
     * in the order of the index on (speaker_id, name, title, affiliation): H2 then counts in one
     * streaming pass instead of holding every group in memory. An affiliation is an entity ID or
     * null, never '', so null can stand as '' without two groups meeting.
     */
    public void rebuild() {
        clear();
        jdbc.update("""
                INSERT INTO speaker_mention_counts (name, speaker_id, title, affiliation, mentions)
                SELECT name, speaker_id, title, COALESCE(affiliation, ''), COUNT(*)
                FROM article_speakers
                GROUP BY speaker_id, name, title, affiliation""");
    }

    /** Adds the current mentions of these articles to the counts. */
    public void add(Collection<String> articleIds) {
        change(articleIds, true);
    }

    /** Takes the current mentions of these articles out of the counts (before they are changed or deleted). */
    public void remove(Collection<String> articleIds) {
        change(articleIds, false);
    }

    /** Takes out the mentions of the articles a query lists (before they are deleted). */
    public void removeArticlesOf(String articleQuery) {
        jdbc.update(merge(false, "article_id IN (" + articleQuery + ")"));
    }

    public void clear() {
        jdbc.update("DELETE FROM speaker_mention_counts");
    }

    private void change(Collection<String> articleIds, boolean add) {
        List<String> ids = new ArrayList<>(articleIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            jdbc.update(merge(add, "article_id IN (" + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")"),
                    batch.toArray());
        }
    }

    private static String merge(boolean add, String articles) {
        String source = """
                SELECT name, speaker_id, title, COALESCE(affiliation, '') AS affiliation, COUNT(*) AS n
                FROM article_speakers WHERE %s
                GROUP BY name, speaker_id, title, COALESCE(affiliation, '')""".formatted(articles);
        String on = """
                ON c.name = m.name AND c.speaker_id = m.speaker_id AND c.title = m.title AND c.affiliation = m.affiliation
                """;
        return add
                ? "MERGE INTO speaker_mention_counts c USING (" + source + ") m " + on + """
                WHEN MATCHED THEN UPDATE SET mentions = c.mentions + m.n
                WHEN NOT MATCHED THEN INSERT (name, speaker_id, title, affiliation, mentions)
                    VALUES (m.name, m.speaker_id, m.title, m.affiliation, m.n)"""
                : "MERGE INTO speaker_mention_counts c USING (" + source + ") m " + on + """
                WHEN MATCHED AND c.mentions <= m.n THEN DELETE
                WHEN MATCHED THEN UPDATE SET mentions = c.mentions - m.n""";
    }
}
