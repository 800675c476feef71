package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given an archive imported in rounds of a few files with the store compacted between them (what
 * keeps the store file of a million-article import within the disk), when it is run and then run
 * again after a night of new files, then it publishes byte for byte what one round publishes, and
 * the store is compacted between rounds and before the publish.
 */
class ImportRoundsFunctionalTests {
    private static final int ARTICLES = 400;

    @TempDir
    Path work;

    @Test
    void anImportInRoundsCompactsTheStoreBetweenThemAndPublishesWhatOneRoundPublishes() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, ARTICLES);
        Path oneRound = work.resolve("one-round");
        Path inRounds = work.resolve("in-rounds");

        EtlRuns.Result reference = run(input, oneRound, "--compact-at=0");
        EtlRuns.Result rounds = run(input, inRounds, "--compact-every=90", "--compact-at=1");

        assertThat(EtlRuns.csvFiles(inRounds)).isEqualTo(EtlRuns.csvFiles(oneRound));
        assertThat(reference.err()).doesNotContain("store: compacted");
        // 400 files in rounds of 90 (45 a partition): five rounds or more, as the partitions split
        // the files unevenly; the store compacted after the first round (never compacted before),
        // then whenever it had doubled since: between rounds, before the publish and after it
        long roundsRun = importRounds(inRounds);
        assertThat(roundsRun).isGreaterThanOrEqualTo(5);
        assertThat(rounds.err().lines().filter(line -> line.startsWith("store: compacted from")).count())
                .isBetween(1L, roundsRun + 1);
        assertThat(rounds.err()).contains("import: 400 files to read").doesNotContain("import: 310 files to read");
        // a bulk import's publish says when each file is in place; a night's merge stays quiet
        assertThat(rounds.err()).containsPattern("publish: csv/quotes\\.csv written, [0-9,]+ rows in \\d+ s")
                .contains("publish: sql/data.sql and sql/months/ written, ");

        whenANightAddsFiles(input);
        run(input, oneRound, "--compact-at=0");
        EtlRuns.Result night = run(input, inRounds, "--compact-every=90", "--compact-at=1");

        assertThat(EtlRuns.csvFiles(inRounds)).isEqualTo(EtlRuns.csvFiles(oneRound));
        assertThat(night.err()).contains("import: 30 files to read").doesNotContain(" written, ");
    }

    @Test
    void theLastRoundsDeadPagesAreCompactedAwayBeforePublishGrowsTheFileAgain() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 60);
        Path output = work.resolve("output");

        EtlRuns.Result result = run(input, output, "--compact-at=1");

        // one round, never compacted before: the store is compacted after it, ahead of the publish
        List<String> lines = result.err().lines().toList();
        int compacted = indexOf(lines, "store: compacted from");
        int publish = indexOf(lines, "publish:");
        assertThat(compacted).as(result.err()).isNotNegative().isLessThan(publish);
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private EtlRuns.Result run(Path input, Path output, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "--input=" + input;
        args[1] = "--output=" + output;
        args[2] = "--threads=2";
        System.arraycopy(options, 0, args, 3, options.length);
        EtlRuns.Result result = EtlRuns.run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    private static void whenANightAddsFiles(Path input) throws Exception {
        Path night = input.resolve("2024/01");
        Files.createDirectories(night);
        for (int i = 0; i < 30; i++) {
            Files.writeString(night.resolve(String.format("night-%02d.txt", i)),
                    SyntheticCorpus.article(ARTICLES + i, LocalDate.of(2024, 1, 1 + i)), StandardCharsets.UTF_8);
        }
    }

    /** How many times the import step ran in the first run, from the job repository. */
    private static long importRounds(Path output) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + output.resolve("db/recognition").toAbsolutePath(),
                "sa", "");
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'import' AND JOB_EXECUTION_ID = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
