package org.recognitionetl.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** A nightly merge with the previous file's group index: the same bytes as a full export, found by offsets. */
class GroupIndexMergeTest {
    private static final ExportTable QUOTES = new ExportTable("q", "quote_id, article_id, text", "q",
            "article_id, quote_id", true, ExportTable.Grouping.ARTICLE);

    @TempDir
    Path dir;
    JdbcTemplate jdbc;
    CsvExporter exporter;

    /** Every mark of the file's index; empty when the file has no index that matches it. */
    static List<GroupIndex.Mark> marks(Path file) throws Exception {
        List<GroupIndex.Mark> all = new ArrayList<>();
        try (GroupIndex.Marks index = GroupIndex.open(file).orElse(null)) {
            while (index != null && index.peek() != null) {
                all.add(index.next());
            }
        }
        return all;
    }

    @BeforeEach
    void givenQuotesOfFiveArticles() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:groups" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE q (quote_id VARCHAR(16), article_id VARCHAR(16), text VARCHAR(200))");
        for (String article : List.of("aaaa01", "aaaa02", "bbbb01", "cccc01", "dddd01")) {
            for (int i = 1; i <= 3; i++) {
                jdbc.update("INSERT INTO q VALUES (?, ?, ?)", "q" + i + article, article,
                        "quote " + i + " of " + article + ", \"as said\"\nover two lines");
            }
        }
        exporter = new CsvExporter(jdbc);
    }

    /** q.csv written whole, with its group index beside it. */
    private Path givenAPublishedFile() throws Exception {
        Path published = dir.resolve("q.csv");
        exporter.export(QUOTES, published);
        return published;
    }

    @Test
    void aMergeByTheIndexWritesTheBytesOfAFullExport() throws Exception {
        Path published = givenAPublishedFile();
        assertThat(marks(published)).extracting(GroupIndex.Mark::name)
                .containsExactly("aaaa01", "aaaa02", "bbbb01", "cccc01", "dddd01");

        // a night: bbbb01 changes, dddd01 goes, eeee01 is new
        jdbc.update("UPDATE q SET text = 'changed' WHERE article_id = 'bbbb01'");
        jdbc.update("DELETE FROM q WHERE article_id = 'dddd01'");
        jdbc.update("INSERT INTO q VALUES ('q1eeee01', 'eeee01', 'new')");
        Long merged = exporter.merge(QUOTES, published, new TreeSet<>(List.of("bbbb01", "dddd01", "eeee01")));

        Path whole = dir.resolve("whole").resolve("q.csv");
        long rows = exporter.export(QUOTES, whole);
        assertThat(merged).isEqualTo(rows).isEqualTo(13);
        assertThat(Files.readString(published)).isEqualTo(Files.readString(whole));
        assertThat(marks(published)).isEqualTo(marks(whole)).extracting(GroupIndex.Mark::rows)
                .containsExactly(3L, 3L, 3L, 3L, 1L);
    }

    @Test
    void unchangedGroupsAreCopiedAsByteRangesWithoutBeingRead() throws Exception {
        Path published = givenAPublishedFile();
        // the same length and time: the index still describes the file, so its offsets are trusted
        String before = Files.readString(published);
        FileTime time = Files.getLastModifiedTime(published);
        Files.writeString(published, before.replace("quote 2 of aaaa02", "QUOTE 2 OF AAAA02"));
        Files.setLastModifiedTime(published, time);

        exporter.merge(QUOTES, published, new TreeSet<>(List.of("bbbb01")));

        assertThat(Files.readString(published)).contains("QUOTE 2 OF AAAA02");
    }

    @Test
    void aFileChangedSinceItsIndexIsReadRecordByRecord() throws Exception {
        Path published = givenAPublishedFile();
        // longer: every offset after it in the index is wrong now
        Files.writeString(published, Files.readString(published).replace("quote 1 of aaaa01", "quote 1 of aaaa01, edited"));

        Long merged = exporter.merge(QUOTES, published, new TreeSet<>(List.of("bbbb01")));

        assertThat(merged).isEqualTo(15);
        String text = Files.readString(published, StandardCharsets.UTF_8);
        assertThat(text).contains("quote 1 of aaaa01, edited").contains("quote 3 of dddd01");
        assertThat(text.split("\r\n")).hasSize(16);
        assertThat(marks(published)).hasSize(5);
    }

    @Test
    void aDamagedIndexLeavesTheFileToBeWrittenWhole() throws Exception {
        Path published = givenAPublishedFile();
        String before = Files.readString(published);
        Path sidecar = GroupIndex.sidecar(published);
        List<String> lines = new ArrayList<>(Files.readAllLines(sidecar));
        String second = lines.get(2);
        lines.set(2, lines.get(3));
        lines.set(3, second);
        Files.write(sidecar, lines);

        Long merged = exporter.merge(QUOTES, published, new TreeSet<>(List.of("cccc01")));

        assertThat(merged).as("not merged: the caller writes the file whole").isNull();
        assertThat(Files.readString(published)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("q.csv", ".q.csv.groups");
        }
    }

    @Test
    void aMonthsSqlFileMergedByItsIndexIsWhatAFullExportWrites() throws Exception {
        JdbcTemplate store = org.recognitionetl.store.MigratedStore.inMemory("sqlgroups");
        store.update("INSERT INTO source_files (file_id, source_root, source_file, size_bytes, modified_millis, status, first_seen_run, seen_run) VALUES ('f1', '/r', 'a.txt', 1, 0, 'IMPORTED', 1, 1), ('f2', '/r', 'b.txt', 1, 0, 'IMPORTED', 1, 1)");
        String article = """
                INSERT INTO articles (article_id, title, published_date, url, source_domain, author, source_file,
                                      content_hash, encoding, analysis_version, file_id)
                VALUES (?, 'T', DATE '2024-01-02', ?, 'example.org', '', ?, 'h', 'UTF-8', 'v', ?)""";
        store.update(article, "aaaa000000000001", "https://example.org/1", "a.txt", "f1");
        store.update("INSERT INTO quotes (quote_id, article_id, text, kind, cue, char_start, char_end) VALUES ('q1', 'aaaa000000000001', 'It''s so', 'DIRECT', 'said', 0, 5)");
        SqlExporter sql = new SqlExporter(store);
        Path published = dir.resolve("sql");
        sql.export(published);
        assertThat(marks(published.resolve("months/2024-01.sql"))).extracting(GroupIndex.Mark::name)
                .containsExactly("articles", "2024-01-02", "quotes", "aaaa000000000001", "recognition_positions");

        store.update(article, "bbbb000000000002", "https://example.org/2", "b.txt", "f2");
        store.update("INSERT INTO quotes (quote_id, article_id, text, kind, cue, char_start, char_end) VALUES ('q2', 'bbbb000000000002', 'No', 'DIRECT', 'said', 0, 2)");
        sql.publish(published, PublishChanges.of(java.util.Set.of("bbbb000000000002"), java.util.Set.of("2024-01-02")));

        Path whole = dir.resolve("whole");
        sql.export(whole);
        assertThat(Files.readString(published.resolve("months/2024-01.sql")))
                .isEqualTo(Files.readString(whole.resolve("months/2024-01.sql")))
                .contains("'It''s so'").contains("'No'");
        assertThat(Files.readString(published.resolve("data.sql"))).isEqualTo(Files.readString(whole.resolve("data.sql")));
    }
}
