package org.recognitionetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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
                "--quiet", "--progress-every", "--help", "--version", "Exit codes:", "another run holds");
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
}
