package org.recognitionetl.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recognitionetl.job.EtlRuns;
import org.recognitionetl.job.SyntheticCorpus;

/** The SQL files recreate the published tables and rows in a fresh database. */
class SqlExportFunctionalTests {
    @TempDir
    Path work;

    @ParameterizedTest(name = "H2 {0}")
    @ValueSource(strings = {"MODE=REGULAR", "MODE=PostgreSQL"})
    void loadingSchemaAndDataIntoAFreshDatabaseGivesTheRowsOfEveryCsvFile(String mode) throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 30);
        Files.writeString(input.resolve("bad-date.txt"), "A headline\n2024-13-45\nhttps://example.org/x\nBody.\n");
        Files.writeString(input.resolve("apostrophes.txt"), "O'Neill's day\n20240105\nhttps://example.org/o-neill\n"
                + "'It''s fine; -- really', said O'Neill\n");
        Path output = work.resolve("output");
        assertThat(EtlRuns.run("--input=" + input, "--output=" + output, "--quiet").exitCode()).isZero();

        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:load" + mode.hashCode() + ";" + mode, "sa", "")) {
            db.createStatement().execute("RUNSCRIPT FROM '" + output.resolve("sql/schema.sql") + "' CHARSET 'UTF-8'");
            db.createStatement().execute("RUNSCRIPT FROM '" + output.resolve("sql/data.sql") + "' CHARSET 'UTF-8'");
            List<Path> months = monthFiles(output);
            assertThat(months).as("one file per month of publication").hasSizeGreaterThan(1);
            for (Path month : months) {
                db.createStatement().execute("RUNSCRIPT FROM '" + month + "' CHARSET 'UTF-8'");
            }

            for (ExportTable table : ExportTable.ALL) {
                try (ResultSet count = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + table.name())) {
                    count.next();
                    assertThat(count.getLong(1)).as(table.name())
                            .isEqualTo(EtlRuns.rows(output, table.name()).stream().count())
                            .isPositive();
                }
            }
        }
    }

    /** The month files of the SQL export, in the order of their names (the order a shell's glob gives). */
    static List<Path> monthFiles(Path output) throws java.io.IOException {
        try (var files = Files.list(output.resolve("sql/months"))) {
            return files.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}\\.sql")).sorted().toList();
        }
    }
}
