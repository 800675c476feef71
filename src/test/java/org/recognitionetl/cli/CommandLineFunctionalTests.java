package org.recognitionetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recognitionetl.job.EtlRuns;
import org.recognitionetl.job.SyntheticCorpus;

class CommandLineFunctionalTests {
    @TempDir
    Path work;

    @Test
    void helpListsEveryOptionAndTheExitCodes() {
        EtlRuns.Result help = EtlRuns.run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--input", "--output", "--full-refresh", "--dry-run", "--prune-missing",
                "--include", "--max-file-size", "--no-encoding-fallback", "--chunk-size", "--keep-history-days",
                "--quiet", "--progress-every", "--evaluate", "--corpus", "--score-script", "--help", "--version",
                "Exit codes:", "another run holds");
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatPointsToHelp() {
        EtlRuns.Result result = EtlRuns.run("--inptu=articles");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--inptu=articles'").contains("--help");
    }

    @Test
    void aMissingInputDirectoryIsAUsageErrorThatNamesIt() {
        EtlRuns.Result result = EtlRuns.run("--input=" + work.resolve("nowhere"), "--output=" + work.resolve("out"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nowhere").contains("does not exist");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aBadSizeIsAUsageError() {
        EtlRuns.Result result = EtlRuns.run("--input=" + work, "--max-file-size=lots");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--max-file-size must be a positive size");
    }

    @Test
    void sizesTakeUnits() {
        assertThat(CommandLineOptions.parseSize("5MB")).isEqualTo(5L * 1024 * 1024);
        assertThat(CommandLineOptions.parseSize("800kb")).isEqualTo(800L * 1024);
        assertThat(CommandLineOptions.parseSize("1234")).isEqualTo(1234L);
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndWritesNothing() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 12);
        Files.writeString(input.resolve("empty.txt"), "");
        Path output = work.resolve("output");

        EtlRuns.Result dry = EtlRuns.run("--input=" + input, "--output=" + output, "--dry-run");

        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("nothing was written").contains("would add 12 articles")
                .contains("reject 1 {EMPTY=1}");
        try (var files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsOnly(OutputLock.FILE_NAME);
        }
    }

    @Test
    void aDryRunAfterARunSeesOnlyWhatChanged() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 12);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        Files.writeString(input.resolve("new.txt"), "New\n20240101\nhttps://example.org/new\nBody text here.\n");
        var csvBefore = EtlRuns.csvFiles(output);
        long dbBefore = Files.getLastModifiedTime(output.resolve("db/recognition.mv.db")).toMillis();

        EtlRuns.Result dry = EtlRuns.run("--input=" + input, "--output=" + output, "--dry-run");

        assertThat(dry.out()).contains("13 seen, 12 unchanged; would add 1 articles");
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(csvBefore);
        assertThat(Files.getLastModifiedTime(output.resolve("db/recognition.mv.db")).toMillis()).isEqualTo(dbBefore);
    }

    @Test
    void anEvaluationRunsTheJobOnTheGoldsFilesAndPrintsWhatTheScorerSays() throws Exception {
        assumePython();
        Path gold = goldBesideCorpus("{\"file\": \"set/a.txt\", \"quotes\": []}");
        Files.createDirectories(work.resolve("corpus/set"));
        Files.writeString(work.resolve("corpus/set/a.txt"), SyntheticCorpus.article(0, LocalDate.of(2023, 1, 1)));
        // a stand-in for score.py: checks that the job wrote the gold's article, prints a SCORE line
        Files.writeString(work.resolve("eval/score.py"), String.join("\n",
                "import sys",
                "rows = open(sys.argv[1] + '/csv/articles.csv', encoding='utf-8').read()",
                "print('scored', sys.argv[2].endswith('gold.jsonl'), 'set/a.txt' in rows)",
                "print('SCORE quotes_f1=0.500 quote_speaker_f1=0.250 positions_f1=1.000 articles_missing=0')", ""));
        Path output = work.resolve("evaluation");

        EtlRuns.Result result = EtlRuns.run("--evaluate=" + gold, "--output=" + output, "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("scored True True")
                .contains("SCORE quotes_f1=0.500 quote_speaker_f1=0.250 positions_f1=1.000 articles_missing=0")
                .contains("output kept in " + output.toAbsolutePath());
        assertThat(output.resolve("csv/articles.csv")).exists();
    }

    @Test
    void anEvaluationRefusesAnOutputFolderThatHoldsOtherFiles() throws Exception {
        Path gold = goldBesideCorpus("{\"file\": \"set/a.txt\"}");
        Files.createDirectories(work.resolve("corpus/set"));
        Files.writeString(work.resolve("corpus/set/a.txt"), "T\n20240101\nhttps://example.org/a\nBody.\n");
        Files.writeString(work.resolve("eval/score.py"), "print('SCORE')\n");
        Path nightly = work.resolve("nightly");
        Files.createDirectories(nightly.resolve("csv"));

        EtlRuns.Result result = EtlRuns.run("--evaluate=" + gold, "--output=" + nightly);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("already holds [csv]").contains("new or empty folder");
    }

    @Test
    void aMissingGoldFileIsAUsageErrorThatNamesIt() {
        EtlRuns.Result result = EtlRuns.run("--evaluate=" + work.resolve("nowhere.jsonl"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("nowhere.jsonl").contains("does not exist");
    }

    @Test
    void aGoldFileNamingArticlesThatAreNotThereIsAUsageErrorThatPointsToCorpus() throws Exception {
        Path gold = goldBesideCorpus("{\"file\": \"set/a.txt\"}\n{\"file\": \"set/b.txt\"}");

        EtlRuns.Result result = EtlRuns.run("--evaluate=" + gold);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("2 of 2 article files").contains("set/a.txt").contains("--corpus=DIR");
    }

    @Test
    void aMissingScoreScriptIsAUsageErrorThatPointsToTheOption() throws Exception {
        Path gold = goldBesideCorpus("{\"file\": \"set/a.txt\"}");
        Files.createDirectories(work.resolve("corpus/set"));
        Files.writeString(work.resolve("corpus/set/a.txt"), "T\n20240101\nhttps://example.org/a\nBody.\n");

        EtlRuns.Result result = EtlRuns.run("--evaluate=" + gold);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("score.py is neither beside the gold file").contains("--score-script");
    }

    @Test
    void evaluationOptionsDoNotMixWithARunsInput() {
        EtlRuns.Result withInput = EtlRuns.run("--evaluate=gold.jsonl", "--input=" + work);
        EtlRuns.Result corpusAlone = EtlRuns.run("--corpus=" + work);

        assertThat(withInput.exitCode()).isEqualTo(2);
        assertThat(withInput.err()).contains("leave out --input");
        assertThat(corpusAlone.exitCode()).isEqualTo(2);
        assertThat(corpusAlone.err()).contains("go with --evaluate");
    }

    /** A gold file in {@code work/eval/} whose paths are relative to {@code work/corpus/}, as in ../shared. */
    private Path goldBesideCorpus(String jsonLines) throws Exception {
        Path gold = work.resolve("eval/gold.jsonl");
        Files.createDirectories(gold.getParent());
        Files.writeString(gold, jsonLines + "\n");
        return gold;
    }

    private static void assumePython() {
        boolean present;
        try {
            present = new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            present = false;
        }
        if (!present) {
            System.out.println("SKIPPED: python3 is not on the PATH; the evaluation test that runs a scorer does not run");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present, "python3 is not on the PATH");
    }
}
