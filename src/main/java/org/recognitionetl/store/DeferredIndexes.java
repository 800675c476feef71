package org.recognitionetl.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Secondary indexes that nothing reads while files are imported, only the publish and the nightly
 * speaker merge after it. A bulk import (a new store, or one a full refresh emptied) drops them before
 * its first file and builds each once, in one sorted pass, before its publish: row by row, every
 * commit of a chunk rewrites the pages of these B-trees that its rows land on, at random places, and
 * those pages are most of what a commit writes once the store is large.
 *
 * <p>The statements repeat the migrations that created the indexes (V3, V7); {@code DeferredIndexesTest}
 * checks that a dropped and rebuilt store has the same indexes as a migrated one. A bulk import that
 * dies leaves them dropped: the run that finishes it builds them before its publish, and
 * {@link #build()} is a no-op on a store that has them. A later migration that changes one of these
 * indexes must change this list too (and may meet a store where the index is missing).
 */
public final class DeferredIndexes {
    private static final List<Index> INDEXES = List.of(
            new Index("articles_date_ix", "articles (published_date, article_id)"),
            new Index("article_speakers_name_ix", "article_speakers (name, affiliation, speaker_id, article_id)"),
            new Index("article_speakers_speaker_ix", "article_speakers (speaker_id, name, title, affiliation)"),
            new Index("source_files_changed_ix", "source_files (changed_run)"),
            new Index("source_files_processed_ix", "source_files (processed_run)"));

    /** An index by name, and its table and columns as CREATE INDEX takes them. */
    private record Index(String name, String on) {
    }

    private final JdbcTemplate jdbc;

    public DeferredIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Drops the indexes when the next publish will rebuild everything anyway (a bulk import). */
    public boolean dropForBulkImport() {
        if (!new ChangeLog(jdbc).flaggedFull()) {
            return false;
        }
        for (Index index : INDEXES) {
            jdbc.execute("DROP INDEX IF EXISTS " + index.name());
        }
        return true;
    }

    /** Builds the indexes a bulk import dropped; returns how many it built (0 when all were there). */
    public int build() {
        int built = 0;
        for (Index index : INDEXES) {
            if (!exists(index.name())) {
                jdbc.execute("CREATE INDEX " + index.name() + " ON " + index.on());
                built++;
            }
        }
        return built;
    }

    private boolean exists(String name) {
        Integer n = jdbc.queryForObject("""
                SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES
                WHERE TABLE_SCHEMA = 'PUBLIC' AND INDEX_NAME = UPPER(?)""", Integer.class, name);
        return n != null && n > 0;
    }
}
