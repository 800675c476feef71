package org.recognitionetl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class StoreMaintenanceTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    JdbcTemplate jdbc;

    @BeforeEach
    void givenTheStoreSchema() {
        jdbc = MigratedStore.inMemory("maintenance");
    }

    @Test
    void prunesJobMetadataOlderThanTheLimitButNeverTheLatestRun() {
        execution(1, 200);
        execution(2, 100);
        execution(3, 10);
        execution(4, 400);

        int deleted = new StoreMaintenance(jdbc).pruneJobHistory(90, NOW);

        assertThat(deleted).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE ORDER BY 1", Long.class))
                .containsExactly(3L, 4L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION_PARAMS", Long.class)).isEqualTo(2);
    }

    @Test
    void pruningMissingFilesDeletesTheirRowsAndKeepsTheOthers() {
        jdbc.update("INSERT INTO source_files (file_id, source_root, source_file, size_bytes, modified_millis, status,"
                + " first_seen_run, seen_run) VALUES ('f1', '/in', 'a.txt', 1, 1, 'MISSING', 1, 1)");
        jdbc.update("INSERT INTO source_files (file_id, source_root, source_file, size_bytes, modified_millis, status,"
                + " first_seen_run, seen_run) VALUES ('f2', '/in', 'b.txt', 1, 1, 'IMPORTED', 1, 2)");

        int pruned = new StoreMaintenance(jdbc).pruneMissing();

        assertThat(pruned).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT file_id FROM source_files", String.class)).containsExactly("f2");
    }

    private void execution(long instance, int daysAgo) {
        Timestamp ended = Timestamp.from(NOW.minus(daysAgo, ChronoUnit.DAYS));
        jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, 'importJob', ?)",
                instance, "key" + instance);
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME,"
                + " END_TIME, STATUS) VALUES (?, 0, ?, ?, ?, ?, 'COMPLETED')", instance, instance, ended, ended, ended);
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_PARAMS VALUES (?, 'run.id', 'java.lang.Long', ?, 'Y')",
                instance, Long.toString(instance));
        jdbc.update("INSERT INTO BATCH_STEP_EXECUTION (STEP_EXECUTION_ID, VERSION, STEP_NAME, JOB_EXECUTION_ID, CREATE_TIME)"
                + " VALUES (?, 0, 'import', ?, ?)", instance, instance, ended);
        jdbc.update("INSERT INTO BATCH_STEP_EXECUTION_CONTEXT VALUES (?, '{}', NULL)", instance);
    }
}
