package org.recognitionetl.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.opencsv.CSVReader;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class CsvExporterTest {
    @TempDir
    Path dir;
    JdbcTemplate jdbc;

    @BeforeEach
    void givenATableWithAwkwardCells() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:csv" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE t (id VARCHAR(4), text VARCHAR(100), n INTEGER)");
        jdbc.update("INSERT INTO t VALUES ('b', 'He said \"no\", twice', 2)");
        jdbc.update("INSERT INTO t VALUES ('a', 'first line\nsecond line', 1)");
        jdbc.update("INSERT INTO t VALUES ('c', '=HYPERLINK(\"http://x\")', NULL)");
    }

    private static final ExportTable TABLE = new ExportTable("t", "id, text, n", "t", "id", true,
            ExportTable.Grouping.NONE);

    @Test
    void writesRfc4180WithHeaderCrlfAndStableOrder() throws Exception {
        Path file = dir.resolve("t.csv");

        long rows = new CsvExporter(jdbc).export(TABLE, file);

        assertThat(rows).isEqualTo(3);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "id,text,n\r\n"
                        + "a,\"first line\nsecond line\",1\r\n"
                        + "b,\"He said \"\"no\"\", twice\",2\r\n"
                        + "c,\"'=HYPERLINK(\"\"http://x\"\")\",\r\n");
        try (CSVReader reader = new CSVReader(new FileReader(file.toFile(), StandardCharsets.UTF_8))) {
            List<String[]> parsed = reader.readAll();
            assertThat(parsed.get(1)[1]).isEqualTo("first line\nsecond line");
            assertThat(parsed.get(2)[1]).isEqualTo("He said \"no\", twice");
        }
    }

    @Test
    void writesTheHeaderEvenForAnEmptyTable() throws Exception {
        jdbc.update("DELETE FROM t");
        Path file = dir.resolve("t.csv");

        new CsvExporter(jdbc).export(TABLE, file);

        assertThat(Files.readString(file)).isEqualTo("id,text,n\r\n");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws Exception {
        new CsvExporter(jdbc).export(TABLE, dir.resolve("t.csv"));

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("t.csv");
        }
    }
}
