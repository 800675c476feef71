package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The states a killed process can leave the job repository in are all recovered by the next run. */
class RecoveryFunctionalTests {
    @TempDir
    Path work;

    @Test
    void anExecutionLeftStartedIsRecoveredAndTheNextRunCompletes() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 10);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        var expected = EtlRuns.csvFiles(output);
        sql(output, "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL, EXIT_CODE = 'UNKNOWN'",
                "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STEP_NAME = 'import'");

        EtlRuns.Result next = EtlRuns.run("--input=" + input, "--output=" + output);

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out()).contains("run 1 was left unfinished by a process that ended abruptly: recovering it")
                .contains("resuming run 1 where it stopped");
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(expected);
    }

    @Test
    void aJobInstanceWithoutAnyExecutionIsDiscarded() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 10);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        sql(output, "INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) "
                + "VALUES (99, 0, 'importJob', 'killed-before-its-execution')");

        EtlRuns.Result next = EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out()).contains("files: 10 seen, 0 new");
    }

    @Test
    void aFailedRunStartedWithOtherOptionsIsAbandonedAndANewRunStarts() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 10);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        sql(output, "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED'");

        EtlRuns.Result next = EtlRuns.run("--input=" + input, "--output=" + output, "--max-file-size=1MB");

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.out()).contains("abandoning it and starting run 2");
    }

    private static void sql(Path output, String... statements) throws Exception {
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + output.resolve("db/recognition").toAbsolutePath(), "sa", "");
             Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
