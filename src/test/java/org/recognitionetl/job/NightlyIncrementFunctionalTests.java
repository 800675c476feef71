package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nightly runs read only new or changed files, and end where one run over the final state would. */
class NightlyIncrementFunctionalTests {

    @TempDir
    Path work;

    @Test
    void twoNightlyRunsGiveTheSameCsvFilesAsOneRunOverTheFinalState() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 40);
        Path nightly = work.resolve("nightly");
        assertThat(EtlRuns.run("--input=" + input, "--output=" + nightly, "--quiet").exitCode()).isZero();

        // the next day: 10 new files, one rewritten with another URL, one rewritten with the same URL
        Path newDay = input.resolve("2024/01");
        Files.createDirectories(newDay);
        for (int i = 100; i < 110; i++) {
            Files.writeString(newDay.resolve(i + ".txt"), SyntheticCorpus.article(i, LocalDate.of(2024, 1, 2)));
        }
        Path rewritten = input.resolve("2023/01/000003.txt");
        Files.writeString(rewritten, SyntheticCorpus.article(777, LocalDate.of(2023, 1, 4)));
        Path corrected = input.resolve("2023/01/000005.txt");
        Files.writeString(corrected, Files.readString(corrected).replace("Analysts expect", "Observers expect"));
        EtlRuns.Result second = EtlRuns.run("--input=" + input, "--output=" + nightly);

        Path once = work.resolve("once");
        assertThat(EtlRuns.run("--input=" + input, "--output=" + once, "--quiet").exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("files: 50 seen, 10 new, 2 changed, 38 unchanged");
        assertThat(second.err()).contains("rows merged into the previous files");
        assertThat(EtlRuns.csvFiles(nightly)).isEqualTo(EtlRuns.csvFiles(once));
        assertThat(EtlRuns.sqlFiles(nightly)).isEqualTo(EtlRuns.sqlFiles(once));
        assertThat(EtlRuns.rows(nightly, "articles")).hasSize(50)
                .noneMatch(row -> row.contains("/story-3,"))
                .anyMatch(row -> row.contains("/story-777,"));
        assertThat(EtlRuns.mentionCountsDrift(nightly)).as("kept mention counts against the mentions").isEmpty();
        try (var files = Files.walk(nightly)) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .as("the previous versions of the files the night replaced are deleted by the end of the run")
                    .noneMatch(name -> name.endsWith(".previous"));
        }
    }

    @Test
    void aNightWritesTheSqlFilesOfTheMonthsItChangedAndLeavesTheOthers() throws Exception {
        // given articles of January and February 2023
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 40);
        Path output = work.resolve("output");
        assertThat(EtlRuns.run("--input=" + input, "--output=" + output, "--quiet").exitCode()).isZero();
        Path january = output.resolve("sql/months/2023-01.sql");
        Path february = output.resolve("sql/months/2023-02.sql");
        FileTime januaryWritten = Files.getLastModifiedTime(january);
        String januaryBefore = Files.readString(january);

        // when a night adds a March article and moves the one article of 2023-02-09 to April
        Path day = input.resolve("2023/03");
        Files.createDirectories(day);
        Files.writeString(day.resolve("new.txt"), SyntheticCorpus.article(500, LocalDate.of(2023, 3, 7)));
        Path moved = input.resolve("2023/02/000039.txt");
        Files.writeString(moved, Files.readString(moved).replace("20230209", "20230411"));
        String februaryBefore = Files.readString(february);
        EtlRuns.Result night = EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");

        // then January's file is not written again, February's loses that article's rows, March and
        // April get files of their own: the SQL files of one run over the final state
        assertThat(night.exitCode()).as(night.err()).isZero();
        assertThat(Files.getLastModifiedTime(january)).isEqualTo(januaryWritten);
        assertThat(Files.readString(january)).isEqualTo(januaryBefore);
        assertThat(Files.readString(february)).isNotEqualTo(februaryBefore).doesNotContain("DATE '2023-02-09'");
        assertThat(output.resolve("sql/months/2023-03.sql")).exists();
        assertThat(Files.readString(output.resolve("sql/months/2023-04.sql"))).contains("DATE '2023-04-11'");
        Path once = work.resolve("once");
        assertThat(EtlRuns.run("--input=" + input, "--output=" + once, "--quiet").exitCode()).isZero();
        assertThat(EtlRuns.sqlFiles(output)).isEqualTo(EtlRuns.sqlFiles(once));

        // and a month whose last article goes loses its file
        Files.delete(day.resolve("new.txt"));
        assertThat(EtlRuns.run("--input=" + input, "--output=" + output, "--quiet", "--prune-missing").exitCode())
                .isZero();
        assertThat(output.resolve("sql/months/2023-03.sql")).doesNotExist();
        assertThat(output.resolve("sql/months/.2023-03.sql.groups")).doesNotExist();
    }

    @Test
    void aRunWithNothingNewReadsNoFileAndChangesNoByte() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 20);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        var before = EtlRuns.csvFiles(output);
        FileTime quotesWritten = Files.getLastModifiedTime(output.resolve("csv/quotes.csv"));
        FileTime dataWritten = Files.getLastModifiedTime(output.resolve("sql/data.sql"));

        EtlRuns.Result again = EtlRuns.run("--input=" + input, "--output=" + output);

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("files: 20 seen, 0 new, 0 changed, 20 unchanged");
        assertThat(again.out()).contains("articles 20,");
        assertThat(again.err()).contains("import: 0 files to read")
                .contains("nothing changed since the last publish, the CSV and SQL files stay as they are");
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(before);
        // not even copied: an archive's files are gigabytes
        assertThat(Files.getLastModifiedTime(output.resolve("csv/quotes.csv"))).isEqualTo(quotesWritten);
        assertThat(Files.getLastModifiedTime(output.resolve("sql/data.sql"))).isEqualTo(dataWritten);
    }

    @Test
    void aNightWhoseOnlyNewFileIsRejectedWritesTheRejectsAgain() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 6);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        Files.writeString(input.resolve("2023/01/broken.txt"), "A title only\n");

        EtlRuns.Result again = EtlRuns.run("--input=" + input, "--output=" + output);

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).doesNotContain("the CSV and SQL files stay as they are");
        assertThat(EtlRuns.rows(output, "rejects")).anyMatch(row -> row.startsWith("2023/01/broken.txt,"));
        Path once = work.resolve("once");
        assertThat(EtlRuns.run("--input=" + input, "--output=" + once, "--quiet").exitCode()).isZero();
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(EtlRuns.csvFiles(once));
        assertThat(EtlRuns.sqlFiles(output)).isEqualTo(EtlRuns.sqlFiles(once));
    }

    @Test
    void aPublishedFileThatWasDeletedIsWrittenAgainEvenWhenNothingChanged() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 6);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        var before = EtlRuns.csvFiles(output);
        Files.delete(output.resolve("csv/quotes.csv"));

        EtlRuns.Result again = EtlRuns.run("--input=" + input, "--output=" + output);

        assertThat(again.exitCode()).isZero();
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(before);
    }

    @Test
    void aTouchedFileWithTheSameBytesIsReadButNotCountedAsChanged() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 5);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        Path touched = input.resolve("2023/01/000002.txt");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));

        EtlRuns.Result again = EtlRuns.run("--input=" + input, "--output=" + output);

        assertThat(again.out()).contains("files: 5 seen, 0 new, 0 changed, 5 unchanged");
        assertThat(again.err()).contains("import: 1 files to read");
    }

    @Test
    void articlesOfDeletedFilesAreKeptUnlessPruneMissingIsGiven() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 6);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        Files.delete(input.resolve("2023/01/000004.txt"));

        EtlRuns.Result kept = EtlRuns.run("--input=" + input, "--output=" + output);
        assertThat(kept.out()).contains("1 missing");
        assertThat(EtlRuns.rows(output, "articles")).hasSize(6);

        EtlRuns.Result pruned = EtlRuns.run("--input=" + input, "--output=" + output, "--prune-missing");
        assertThat(pruned.exitCode()).isZero();
        assertThat(EtlRuns.rows(output, "articles")).hasSize(5).noneMatch(row -> row.contains("/story-4,"));
        assertThat(EtlRuns.rows(output, "quotes")).noneMatch(row -> row.contains("story-4"));
        assertThat(EtlRuns.mentionCountsDrift(output)).as("kept mention counts against the mentions").isEmpty();
        Path once = work.resolve("once");
        assertThat(EtlRuns.run("--input=" + input, "--output=" + once, "--quiet").exitCode()).isZero();
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(EtlRuns.csvFiles(once));
    }

    @Test
    void articlesAnalysedByAnOlderVersionAreAnalysedAgainByTheNextRun() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 8);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        var before = EtlRuns.csvFiles(output);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + output.resolve("db/recognition").toAbsolutePath(),
                "sa", "")) {
            db.createStatement().executeUpdate("UPDATE source_files SET analysis_version = 'old' WHERE file_id IN "
                    + "(SELECT file_id FROM source_files ORDER BY file_id LIMIT 3)");
        }

        EtlRuns.Result upgraded = EtlRuns.run("--input=" + input, "--output=" + output);

        assertThat(upgraded.exitCode()).isZero();
        assertThat(upgraded.out()).contains("3 re-analysed");
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(before);
    }

    @Test
    void fullRefreshRebuildsEveryTableFromEveryFile() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 8);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        var before = EtlRuns.csvFiles(output);

        EtlRuns.Result refreshed = EtlRuns.run("--input=" + input, "--output=" + output, "--full-refresh");

        assertThat(refreshed.exitCode()).isZero();
        assertThat(refreshed.out()).contains("files: 8 seen, 8 new");
        assertThat(EtlRuns.mentionCountsDrift(output)).as("kept mention counts against the mentions").isEmpty();
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(before);
        assertThat(Files.readString(output.resolve("report.json"), StandardCharsets.UTF_8)).contains("\"new\" : 8");
    }
    @Test
    void aNightWhosePublishFailsAfterTheSpeakerMergeWritesTheArticlesItRepointedOnTheNextRun() throws Exception {
        // given two articles quoting "Verhoeven", merged with the only Verhoeven named in full
        Path input = work.resolve("input");
        Path january = Files.createDirectories(input.resolve("2023/01"));
        Files.writeString(january.resolve("a1.txt"), String.join("\n", "Kazakhstan minister speaks on Kosovo",
                "20230102", "https://news.example.org/2023-01-02/verhoeven-1",
                "By Sam Writer: The foreign minister of Kazakhstan, Anna Verhoeven, spoke to reporters on Monday.",
                "\"We have followed the talks closely and our view has not changed,\" Verhoeven said.") + "\n");
        Files.writeString(january.resolve("a2.txt"), String.join("\n", "Talks on Kosovo continue", "20230105",
                "https://news.example.org/2023-01-05/verhoeven-2", "By Sam Writer: The talks went on for a second day.",
                "\"Nothing has been decided yet,\" Verhoeven said after the meeting.") + "\n");
        Path output = work.resolve("output");
        assertThat(EtlRuns.run("--input=" + input, "--output=" + output, "--quiet").exitCode()).isZero();
        assertThat(speakerOfQuote(output, "Nothing has been decided yet")).isEqualTo("Anna Verhoeven");

        // when a second Verhoeven is quoted (a2's bare surname is nobody's in particular any more) and
        // the publish fails after the merge committed: the previous quotes.csv cannot be kept aside
        Path nextDay = Files.createDirectories(input.resolve("2024/01"));
        Files.writeString(nextDay.resolve("b1.txt"), String.join("\n", "Norway minister speaks on trade", "20240102",
                "https://news.example.org/2024-01-02/verhoeven-3",
                "By Sam Writer: The trade minister of Norway, Clara Verhoeven, spoke to reporters.",
                "\"We will keep trading with everyone,\" Clara Verhoeven said.") + "\n");
        Path blocking = Files.createDirectories(output.resolve("csv/.quotes.csv.previous/in-the-way"));
        EtlRuns.Result failed = EtlRuns.run("--input=" + input, "--output=" + output);
        Files.delete(blocking);
        Files.delete(blocking.getParent());
        EtlRuns.Result again = EtlRuns.run("--input=" + input, "--output=" + output);

        // then the next run writes a2's quote with its new speaker: the files are those of one run
        Path once = work.resolve("once");
        assertThat(EtlRuns.run("--input=" + input, "--output=" + once, "--quiet").exitCode()).isZero();
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isNotZero();
        assertThat(failed.err()).contains("cannot write the output under");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(speakerOfQuote(output, "Nothing has been decided yet")).isEqualTo("Verhoeven");
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(EtlRuns.csvFiles(once));
        assertThat(EtlRuns.sqlFiles(output)).isEqualTo(EtlRuns.sqlFiles(once));
    }

    /** The name of the speaker quotes.csv gives the quote with this text. */
    private static String speakerOfQuote(Path output, String text) {
        String quote = EtlRuns.rows(output, "quotes").stream().filter(row -> row.contains("," + text + ","))
                .findFirst().orElseThrow();
        String speakerId = quote.split(",")[2];
        return EtlRuns.rows(output, "speakers").stream().filter(row -> row.startsWith(speakerId + ","))
                .map(row -> row.split(",")[1]).findFirst().orElseThrow();
    }
}
