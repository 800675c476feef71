package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given an archive in dated folders imported once, when nights add, delete and edit files and run
 * with --skip-unchanged-folders, then the folders nothing was added to or deleted from are not
 * listed, and the output is byte for byte that of runs that list every folder; a file edited in
 * place, which leaves its folder's time as it was, waits for a run without the option.
 */
class UnchangedFoldersFunctionalTests {
    private static final int ARTICLES = 120;

    @TempDir
    Path work;

    @Test
    void nightsThatSkipUnchangedFoldersPublishWhatNightsThatListEveryFolderPublish() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, ARTICLES);
        Path skipping = work.resolve("skipping");
        Path listing = work.resolve("listing");
        agePastTheRacyWindow(input);
        run(input, listing);
        EtlRuns.Result first = run(input, skipping, "--skip-unchanged-folders");
        // the first run has no folder times to compare with: it lists every folder
        assertThat(first.err()).doesNotContain("unchanged folders not listed");

        // a night: a new month's folder and a late file in an existing folder
        Path newMonth = input.resolve("2024/01");
        Files.createDirectories(newMonth);
        for (int i = 0; i < 3; i++) {
            Files.writeString(newMonth.resolve(String.format("night-%d.txt", i)),
                    SyntheticCorpus.article(ARTICLES + i, LocalDate.of(2024, 1, 2 + i)), StandardCharsets.UTF_8);
        }
        Path existing = firstFolder(input);
        Files.writeString(existing.resolve("late.txt"), SyntheticCorpus.article(ARTICLES + 10, LocalDate.of(2023, 1, 9)),
                StandardCharsets.UTF_8);
        agePastTheRacyWindow(input);
        run(input, listing);
        EtlRuns.Result night = run(input, skipping, "--skip-unchanged-folders");

        long folders;
        try (var walk = Files.walk(input)) {
            folders = walk.filter(Files::isDirectory).filter(d -> !d.equals(input) && d.getNameCount() - input.getNameCount() == 2).count();
        }
        assertThat(night.err()).as(night.err()).contains(String.format("discover: %d files listed", countFiles(newMonth) + countFiles(existing)))
                .contains(String.format("(%d unchanged folders not listed)", folders - 2));
        assertThat(EtlRuns.csvFiles(skipping)).isEqualTo(EtlRuns.csvFiles(listing));
        assertThat(EtlRuns.rows(skipping, "articles")).hasSize(ARTICLES + 3 + 1);

        // a night that deletes a file: its folder's time changes, so it is listed and the file is missed
        Files.delete(existing.resolve("late.txt"));
        agePastTheRacyWindow(input);
        run(input, listing, "--prune-missing");
        EtlRuns.Result deleting = run(input, skipping, "--skip-unchanged-folders", "--prune-missing");
        assertThat(deleting.err()).contains("1 no longer found");
        assertThat(EtlRuns.csvFiles(skipping)).isEqualTo(EtlRuns.csvFiles(listing));

        // a file edited in place keeps its folder's time: the option does not see it, a run without it does
        Path edited = newMonth.resolve("night-0.txt");
        Files.writeString(edited, SyntheticCorpus.article(ARTICLES + 50, LocalDate.of(2024, 1, 2)), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(edited, FileTime.fromMillis(Files.getLastModifiedTime(edited).toMillis() + 5_000));
        var before = EtlRuns.csvFiles(skipping);
        run(input, skipping, "--skip-unchanged-folders");
        assertThat(EtlRuns.csvFiles(skipping)).isEqualTo(before);
        run(input, listing);
        run(input, skipping);
        assertThat(EtlRuns.csvFiles(skipping)).isEqualTo(EtlRuns.csvFiles(listing)).isNotEqualTo(before);
    }

    @Test
    void aFullRefreshThatSkipsUnchangedFoldersStillReadsEveryFile() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 40);
        agePastTheRacyWindow(input);
        Path output = work.resolve("output");
        run(input, output, "--skip-unchanged-folders");
        var once = EtlRuns.csvFiles(output);

        // the store is rebuilt from the files: no folder may be passed over for files it no longer knows
        EtlRuns.Result refresh = run(input, output, "--skip-unchanged-folders", "--full-refresh");

        assertThat(refresh.err()).doesNotContain("unchanged folders not listed").contains("import: 40 files to read");
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(once);
    }

    private static EtlRuns.Result run(Path input, Path output, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "--input=" + input;
        args[1] = "--output=" + output;
        System.arraycopy(options, 0, args, 2, options.length);
        EtlRuns.Result result = EtlRuns.run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    /**
     * Folder times younger than two seconds are not trusted (a file created within the same time tick
     * would not change them); the test moves them into the past rather than sleeping.
     */
    private static void agePastTheRacyWindow(Path input) throws Exception {
        try (var walk = Files.walk(input)) {
            long now = System.currentTimeMillis();
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                if (Files.getLastModifiedTime(dir).toMillis() > now - 5_000) {
                    Files.setLastModifiedTime(dir, FileTime.fromMillis(now - 10_000));
                }
            }
        }
    }

    private static Path firstFolder(Path input) throws Exception {
        try (var walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile).map(Path::getParent).sorted().findFirst().orElseThrow();
        }
    }

    private static long countFiles(Path folder) throws Exception {
        try (var list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).count();
        }
    }
}
