package org.recognitionetl.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads and clears what {@link ChangeLogTrigger} logged since the last publish, and whether the
 * next publish must do everything (a store from before the log, a full refresh, or a change so
 * large that rewriting everything is cheaper than merging).
 */
public class ChangeLog {
    /** Above this share of the store's articles changed, a publish rewrites every file whole. */
    private static final double FULL_SHARE = 0.25;

    private final JdbcTemplate jdbc;

    public ChangeLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the next publish must consolidate every speaker and write every file whole. */
    public boolean needsFull() {
        if (flaggedFull()) {
            return true;
        }
        long changes = count("SELECT COUNT(*) FROM article_changes");
        long articles = count("SELECT COUNT(*) FROM articles");
        return changes > Math.max(1000, FULL_SHARE * articles);
    }

    /** Whether the next publish is flagged to do everything (a new store, a full refresh), whatever changes. */
    public boolean flaggedFull() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT needs_full FROM publish_state WHERE id = 1",
                Boolean.class));
    }

    /** Articles inserted or deleted since the last publish. */
    public Set<String> changedArticles() {
        return new TreeSet<>(jdbc.queryForList("SELECT DISTINCT article_id FROM article_changes", String.class));
    }

    /**
     * Articles a speaker merge since the last publish pointed at another speaker: their rows must be
     * written again although the articles did not change.
     */
    public Set<String> republishedArticles() {
        return new TreeSet<>(jdbc.queryForList("SELECT article_id FROM republish_articles", String.class));
    }

    /** Records articles whose rows the next publish must write again (in the caller's transaction). */
    public void republish(Collection<String> articleIds) {
        jdbc.batchUpdate("MERGE INTO republish_articles (article_id) KEY (article_id) VALUES (?)",
                articleIds.stream().map(id -> new Object[] {id}).toList());
    }

    /** Publication dates (ISO) of the articles inserted or deleted since the last publish. */
    public Set<String> changedDates() {
        return new TreeSet<>(jdbc.queryForList("SELECT DISTINCT CAST(published_date AS VARCHAR) FROM article_changes",
                String.class));
    }

    /** (name, speaker_id) of the speaker mentions deleted since the last publish. */
    public List<String[]> deletedMentions() {
        return new ArrayList<>(jdbc.query("SELECT DISTINCT name, speaker_id FROM speaker_name_changes",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}));
    }

    /** Called by the publish that wrote every change, in its transaction. */
    public void clear() {
        jdbc.update("DELETE FROM article_changes");
        jdbc.update("DELETE FROM republish_articles");
        jdbc.update("DELETE FROM speaker_name_changes");
        jdbc.update("UPDATE publish_state SET needs_full = FALSE WHERE id = 1");
    }

    /** After a full refresh emptied the tables: the next publish does everything. */
    public void requireFull() {
        jdbc.update("DELETE FROM article_changes");
        jdbc.update("DELETE FROM republish_articles");
        jdbc.update("DELETE FROM speaker_name_changes");
        jdbc.update("UPDATE publish_state SET needs_full = TRUE WHERE id = 1");
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
