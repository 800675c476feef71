package org.recognitionetl.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recognitionetl.job.EtlRuns;

/**
 * The SQL export loads as it is into a real PostgreSQL server. Runs when RECOGNITION_ETL_PSQL
 * holds a psql command prefix (.ci/run starts a throwaway server when the machine has one).
 */
class PostgresLoadFunctionalTests {
    @TempDir
    Path work;

    @Test
    void schemaAndDataLoadIntoPostgresqlWithTheRowsOfEveryCsvFile() throws Exception {
        String psql = System.getenv("RECOGNITION_ETL_PSQL");
        if (psql == null || psql.isBlank()) {
            System.out.println("SKIPPED: RECOGNITION_ETL_PSQL is not set: no PostgreSQL server to load the SQL export into");
        }
        assumeTrue(psql != null && !psql.isBlank(), "RECOGNITION_ETL_PSQL is not set: no PostgreSQL server, skipping");
        Path output = work.resolve("output");
        assertThat(EtlRuns.run("--input=" + Path.of("input").toAbsolutePath(), "--output=" + output, "--quiet")
                .exitCode()).isZero();
        String database = "recognition_test_" + System.nanoTime();
        run(psql, "postgres", "-c", "CREATE DATABASE " + database);
        try {
            List<String> load = new ArrayList<>(List.of("-v", "ON_ERROR_STOP=1", "-q",
                    "-f", output.resolve("sql/schema.sql").toString(), "-f", output.resolve("sql/data.sql").toString()));
            for (Path month : SqlExportFunctionalTests.monthFiles(output)) {
                load.add("-f");
                load.add(month.toString());
            }
            run(psql, database, load.toArray(String[]::new));
            for (ExportTable table : ExportTable.ALL) {
                String count = run(psql, database, "-tA", "-c", "SELECT COUNT(*) FROM " + table.name()).trim();
                assertThat(Long.parseLong(count)).as(table.name()).isEqualTo(EtlRuns.rows(output, table.name()).size());
            }
        } finally {
            run(psql, "postgres", "-c", "DROP DATABASE " + database);
        }
    }

    private static String run(String psql, String database, String... args) throws Exception {
        List<String> command = new ArrayList<>(Arrays.asList(psql.trim().split("\\s+")));
        command.add("-d");
        command.add(database);
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
