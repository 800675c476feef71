package org.recognitionetl.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.JdbcTemplate;

/** Set-wide changes to the store: full refresh, files gone missing, and pruning of old job metadata. */
public class StoreMaintenance {
    private static final String ARTICLES_OF_MISSING_FILES =
            "SELECT article_id FROM source_files WHERE status = 'MISSING' AND article_id IS NOT NULL";

    private final JdbcTemplate jdbc;

    public StoreMaintenance(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties every table, so that the run rebuilds them from every input file. */
    public void clearForFullRefresh() {
        for (String table : new String[] {"recognition_positions", "quotes", "article_speakers", "article_bodies",
                "articles", "speaker_aliases", "speakers", "entities", "rejects", "source_files"}) {
            jdbc.update("DELETE FROM " + table);
        }
        jdbc.update("DELETE FROM speaker_names");
        new MentionCounts(jdbc).clear();
        // the folder times vouch for files the staging table knew: with none known, every folder is listed
        jdbc.update("DELETE FROM source_folders");
        new ChangeLog(jdbc).requireFull();
    }

    /**
     * Deletes the articles of the files marked MISSING (discovery marks the files a complete walk did
     * not find), for users who want the tables to mirror the input folders exactly.
     *
     * @return how many missing files were pruned
     */
    public int pruneMissing() {
        new MentionCounts(jdbc).removeArticlesOf(ARTICLES_OF_MISSING_FILES);
        for (String table : new String[] {"recognition_positions", "quotes", "article_speakers", "article_bodies"}) {
            jdbc.update("DELETE FROM " + table + " WHERE article_id IN (" + ARTICLES_OF_MISSING_FILES + ")");
        }
        jdbc.update("DELETE FROM articles WHERE file_id IN (SELECT file_id FROM source_files WHERE status = 'MISSING')");
        jdbc.update("DELETE FROM rejects WHERE file_id IN (SELECT file_id FROM source_files WHERE status = 'MISSING')");
        return jdbc.update("DELETE FROM source_files WHERE status = 'MISSING'");
    }

    /**
     * Deletes the metadata of job executions that ended more than {@code days} days ago, so that
     * years of nightly runs do not grow the store without bound. Running, failed and stopped
     * executions of the latest instance are kept: they are what a restart needs.
     *
     * @return how many job executions were deleted
     */
    public int pruneJobHistory(int days, Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(days, ChronoUnit.DAYS));
        String old = """
                SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e
                WHERE e.END_TIME IS NOT NULL AND e.END_TIME < ?
                  AND e.JOB_INSTANCE_ID < (SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE)""";
        jdbc.update("""
                DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (
                    SELECT STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (""" + old + "))", cutoff);
        jdbc.update("DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (" + old + ")", cutoff);
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID IN (" + old + ")", cutoff);
        jdbc.update("DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID IN (" + old + ")", cutoff);
        int deleted = jdbc.update("DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID IN (" + old + ")", cutoff);
        jdbc.update("""
                DELETE FROM BATCH_JOB_INSTANCE i
                WHERE NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION e WHERE e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID)
                  AND i.JOB_INSTANCE_ID < (SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE)""");
        return deleted;
    }
}
