package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given a corpus with duplicate URLs spread over partitions, rejects, and a night of changes, when
 * the import runs in several partitions at once, then every CSV file is byte for byte that of a
 * run on one thread, and that of one run over the final state: which partition reaches the store
 * first must not matter.
 */
class PartitionedImportFunctionalTests {
    private static final int ARTICLES = 600;
    private static final int DUPLICATE_GROUPS = 24;

    @TempDir
    Path work;

    @Test
    void aPartitionedRunAndItsNightlyRunPublishWhatOneThreadPublishes() throws IOException {
        Path input = work.resolve("input");
        givenACorpusWithDuplicatesAndRejects(input);

        Map<String, String> oneThread = run(input, "one-thread", "--threads=1");
        Map<String, String> threeThreads = run(input, "three-threads", "--threads=3");
        Map<String, String> fourThreadsSmallChunks = run(input, "four-threads", "--threads=4", "--chunk-size=3");

        assertThat(threeThreads).isEqualTo(oneThread);
        assertThat(fourThreadsSmallChunks).isEqualTo(oneThread);
        assertThat(rows(oneThread, "rejects.csv")).filteredOn(row -> row.contains("DUPLICATE_URL"))
                .hasSize(DUPLICATE_GROUPS * 2)
                // the copy under a/ sorts first and keeps the article; the others name it
                .allMatch(row -> row.startsWith("dup/b/") || row.startsWith("dup/c/"))
                .allMatch(row -> row.contains("same URL as dup/a/"));
        assertThat(rows(oneThread, "rejects.csv")).anyMatch(row -> row.contains(",EMPTY,"))
                .anyMatch(row -> row.contains(",BAD_DATE,"));

        whenANightChangesFilesAndKeepersOfDuplicateUrls(input);
        Map<String, String> oneThreadNight = run(input, "one-thread", "--threads=1");
        Map<String, String> threeThreadsNight = run(input, "three-threads", "--threads=3");
        Map<String, String> fourThreadsNight = run(input, "four-threads", "--threads=4", "--chunk-size=3");
        Map<String, String> onceOverTheFinalState = run(input, "once", "--threads=2");

        assertThat(threeThreadsNight).isEqualTo(oneThreadNight);
        assertThat(fourThreadsNight).isEqualTo(oneThreadNight);
        assertThat(onceOverTheFinalState).isEqualTo(oneThreadNight);
        assertThat(oneThreadNight).isNotEqualTo(oneThread);
        // group 0's keeper took another URL: the b/ copy sorts first among those left and keeps it
        assertThat(rows(oneThreadNight, "rejects.csv"))
                .anyMatch(row -> row.startsWith("dup/c/g00.txt,DUPLICATE_URL,\"same URL as dup/b/g00.txt,"))
                .noneMatch(row -> row.startsWith("dup/b/g00.txt,"));
    }

    private Map<String, String> run(Path input, String output, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "--input=" + input;
        args[1] = "--output=" + work.resolve(output);
        args[2] = "--quiet";
        System.arraycopy(options, 0, args, 3, options.length);
        EtlRuns.Result result = EtlRuns.run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return EtlRuns.csvFiles(work.resolve(output));
    }

    private static List<String> rows(Map<String, String> csv, String file) {
        List<String> lines = csv.get(file).lines().toList();
        return lines.subList(1, lines.size());
    }

    /**
     * Synthetic articles; groups of three files with one URL under dup/a, dup/b and dup/c (their
     * file IDs are hashes of their paths, so the copies of a group land in different partitions);
     * and files that are rejects.
     */
    private static void givenACorpusWithDuplicatesAndRejects(Path input) throws IOException {
        SyntheticCorpus.write(input.resolve("news"), ARTICLES);
        for (int g = 0; g < DUPLICATE_GROUPS; g++) {
            String article = SyntheticCorpus.article(5_000 + g, LocalDate.of(2023, 6, 1).plusDays(g));
            for (String copy : List.of("a", "b", "c")) {
                Path folder = input.resolve("dup").resolve(copy);
                Files.createDirectories(folder);
                // the bodies differ, so which copy keeps the article shows in the rows
                Files.writeString(folder.resolve(String.format("g%02d.txt", g)),
                        article.replace("Analysts expect", "Analysts in " + copy + " expect"), StandardCharsets.UTF_8);
            }
        }
        Path bad = input.resolve("bad");
        Files.createDirectories(bad);
        for (int i = 0; i < 10; i++) {
            Files.writeString(bad.resolve("date-" + i + ".txt"), "Title\n2023-01-0" + i + "\nhttps://x.example/" + i
                    + "\nBody.\n", StandardCharsets.UTF_8);
            Files.writeString(bad.resolve("empty-" + i + ".txt"), "", StandardCharsets.UTF_8);
        }
    }

    /**
     * Changed files, new files (40 of them with the URLs of older ones), and duplicate groups whose keeper changes hands: the
     * keeper of group 0 takes a new URL (the others compete again), a new copy under dup/0 sorts
     * before the keeper of group 1, and group 2's keeper becomes a reject.
     */
    private static void whenANightChangesFilesAndKeepersOfDuplicateUrls(Path input) throws IOException {
        for (int i = 0; i < ARTICLES; i += 37) {
            Path file = input.resolve(relative(i));
            Files.writeString(file, Files.readString(file).replace("coming weeks", "coming months"));
        }
        SyntheticCorpus.write(input.resolve("news-new"), 40);
        Files.writeString(input.resolve("dup/a/g00.txt"), SyntheticCorpus.article(9_000, LocalDate.of(2024, 2, 1)));
        Path first = input.resolve("dup/0");
        Files.createDirectories(first);
        Files.writeString(first.resolve("g01.txt"), Files.readString(input.resolve("dup/b/g01.txt")).replace("in b", "in 0"));
        Files.writeString(input.resolve("dup/a/g02.txt"), "Title only\n");
    }

    private static String relative(int i) {
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(i % 365);
        return String.format("news/%04d/%02d/%06d.txt", date.getYear(), date.getMonthValue(), i);
    }
}
