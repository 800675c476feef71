package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.recognitionetl.store.MigratedStore;

/**
 * A run that dies is finished by running the same command again, and the result is the same as
 * that of a run that never died: kill -9 at several points, SIGTERM, and a second run started
 * while the first holds the output.
 */
class RestartFunctionalTests {
    private static final int ARTICLES = 3000;
    private static final Pattern PERCENT = Pattern.compile("import: [\\d,]+ of [\\d,]+ files \\((\\d+)%\\)");

    /** Children still alive when a test ends (it failed half-way) must not outlive it. */
    @RegisterExtension
    final ChildJvms jvms = new ChildJvms();

    @TempDir
    static Path work;
    static Path input;
    static Map<String, String> expected;

    @BeforeAll
    static void givenACorpusAndTheOutputOfAnUninterruptedRun() throws IOException {
        input = work.resolve("input");
        SyntheticCorpus.write(input, ARTICLES);
        Path output = work.resolve("uninterrupted");
        EtlRuns.Result result = EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        assertThat(result.exitCode()).as(result.err()).isZero();
        expected = EtlRuns.csvFiles(output);
        assertThat(EtlRuns.rows(output, "articles")).hasSize(ARTICLES);
    }

    @Test
    void killedAtFourPointsThenRunAgainGivesTheSameCsvFiles() throws Exception {
        Path output = work.resolve("killed");
        String[] command = {"--input=" + input, "--output=" + output, "--chunk-size=20", "--progress-every=0.05"};
        List<Predicate<String>> killPoints = List.of(
                log -> log.contains("discover: looking"),
                log -> percentReached(log, 1),
                log -> percentReached(log, 50),
                log -> log.contains("publish:"));
        int killed = 0;
        List<String> logs = new ArrayList<>();
        for (int point = 0; point < killPoints.size(); point++) {
            Path log = work.resolve("kill-" + point + ".log");
            Process child = jvms.start(log, command);
            if (waitFor(log, child, killPoints.get(point))) {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                killed++;
            } else {
                child.waitFor(120, TimeUnit.SECONDS);
            }
            logs.add(Files.readString(log, StandardCharsets.UTF_8));
        }

        Path last = work.resolve("kill-final.log");
        Process finish = jvms.start(last, command);
        assertThat(finish.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String finalLog = Files.readString(last, StandardCharsets.UTF_8);

        assertThat(finish.exitValue()).as(finalLog).isZero();
        assertThat(killed).as("kill points reached: %s", logs).isGreaterThanOrEqualTo(3);
        assertThat(String.join("\n", logs) + finalLog).contains("left unfinished by a process that ended abruptly");
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(expected);
        assertThat(EtlRuns.storeIndexes(output)).as("the indexes the bulk import left out are built")
                .isEqualTo(MigratedStore.indexes(MigratedStore.inMemory("restart")));
    }

    @Test
    void aNightlyRunKilledWhileItMergesTheFilesIsFinishedByTheNextRun() throws Exception {
        Path nightlyInput = work.resolve("nightly-input");
        SyntheticCorpus.write(nightlyInput, 1200);
        Path output = work.resolve("nightly-killed");
        String[] command = {"--input=" + nightlyInput, "--output=" + output, "--progress-every=0.05"};
        assertThat(EtlRuns.run(command).exitCode()).isZero();
        Path newDay = nightlyInput.resolve("2024/02");
        Files.createDirectories(newDay);
        for (int i = 5000; i < 5200; i++) {
            Files.writeString(newDay.resolve(i + ".txt"), SyntheticCorpus.article(i, java.time.LocalDate.of(2024, 2, 1)));
        }

        Path log = work.resolve("nightly-kill.log");
        Process child = jvms.start(log, command);
        boolean killed = waitFor(log, child, l -> l.contains("rows merged into the previous files"));
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        EtlRuns.Result again = EtlRuns.run(command);

        Path once = work.resolve("nightly-once");
        assertThat(EtlRuns.run("--input=" + nightlyInput, "--output=" + once, "--quiet").exitCode()).isZero();
        assertThat(killed).as(Files.readString(log, StandardCharsets.UTF_8)).isTrue();
        assertThat(again.exitCode()).as(again.err()).isZero();
        if (child.exitValue() != 0) {
            // killed before the publish ended (it nearly always is: the merge takes far longer than the kill)
            assertThat(again.out() + again.err()).contains("left unfinished by a process that ended abruptly");
        }
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(EtlRuns.csvFiles(once));
        assertThat(EtlRuns.sqlFiles(output)).isEqualTo(EtlRuns.sqlFiles(once));
    }

    @Test
    void sigtermStopsAtAChunkBoundaryAndTheNextRunResumes() throws Exception {
        Path output = work.resolve("terminated");
        String[] command = {"--input=" + input, "--output=" + output, "--chunk-size=20", "--progress-every=0.05"};
        Path log = work.resolve("sigterm.log");
        Process child = jvms.start(log, command);
        assertThat(waitFor(log, child, l -> percentReached(l, 5))).as("reached the import").isTrue();

        child.destroy();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stopped = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(stopped).isEqualTo(143);
        assertThat(stopped).contains("stopping at the end of the current chunk");
        Path again = work.resolve("sigterm-again.log");
        Process resumed = jvms.start(again, command);
        assertThat(resumed.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String resumedLog = Files.readString(again, StandardCharsets.UTF_8);
        assertThat(resumed.exitValue()).as(resumedLog).isZero();
        assertThat(resumedLog).contains("resuming run 1 where it stopped")
                // the rate would divide every article of the run by the last execution's time
                .contains("in the last of 2 executions of run 1 (resumed: no rate)")
                .contains(String.format("%,d articles imported by the run", ARTICLES));
        assertThat(Files.readString(output.resolve("report.json"))).contains("\"executions\" : 2")
                .contains("\"articles_per_second\" : null");
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(expected);
    }

    @Test
    void aSecondRunOnTheSameOutputRefusesAtOnceAndChangesNothing() throws Exception {
        Path output = work.resolve("contended");
        Path log = work.resolve("holder.log");
        Process holder = jvms.start(log, "--input=" + input, "--output=" + output, "--chunk-size=10",
                "--progress-every=0.05");
        assertThat(waitFor(log, holder, l -> percentReached(l, 1))).as("first run is importing").isTrue();

        EtlRuns.Result second = EtlRuns.run("--input=" + input, "--output=" + output);

        assertThat(second.exitCode()).isEqualTo(3);
        assertThat(second.err()).contains("another run holds the output directory");
        assertThat(output.resolve("csv")).doesNotExist();
        assertThat(holder.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(holder.exitValue()).isZero();
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(expected);
    }

    private static boolean percentReached(String log, int percent) {
        Matcher m = PERCENT.matcher(log);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) >= percent) {
                return true;
            }
        }
        return false;
    }

    /** Waits until the child's log satisfies {@code point}; false if the child ended first. */
    private static boolean waitFor(Path log, Process child, Predicate<String> point) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            if (point.test(text)) {
                return true;
            }
            if (!child.isAlive()) {
                return false;
            }
            Thread.sleep(5);
        }
        return false;
    }
}
