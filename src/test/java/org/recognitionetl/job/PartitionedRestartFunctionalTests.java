package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given a partitioned import killed with kill -9 half-way, when the same command runs again (even
 * with another --threads), then the CSV files are those of a run that never died, each partition
 * ran again only from where it stood, and no file was imported twice.
 */
class PartitionedRestartFunctionalTests {
    private static final int ARTICLES = 2000;
    private static final Pattern PERCENT = Pattern.compile("import: [\\d,]+ of [\\d,]+ files \\((\\d+)%\\)");
    private static final Pattern TO_READ = Pattern.compile("import: ([\\d,]+) files to read");

    @RegisterExtension
    final ChildJvms jvms = new ChildJvms();

    @TempDir
    Path work;

    @Test
    void aKilledPartitionedRunIsFinishedByTheSameCommandReadingOnlyWhatWasLeft() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, ARTICLES);
        Path unbroken = work.resolve("unbroken");
        EtlRuns.Result reference = EtlRuns.run("--input=" + input, "--output=" + unbroken, "--quiet", "--threads=1");
        assertThat(reference.exitCode()).as(reference.err()).isZero();

        Path output = work.resolve("killed");
        String[] command = {"--input=" + input, "--output=" + output, "--threads=3", "--chunk-size=10",
                "--progress-every=0.05"};
        Path log = work.resolve("killed.log");
        Process child = jvms.start(log, command);
        assertThat(waitForPercent(log, child, 40)).as("the import got to 40%%").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // the same command on fewer threads: the three partitions of the first attempt stay
        String[] sameWithTwoThreads = command.clone();
        sameWithTwoThreads[2] = "--threads=2";
        Path again = work.resolve("again.log");
        Process rerun = jvms.start(again, sameWithTwoThreads);
        assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String rerunLog = Files.readString(again, StandardCharsets.UTF_8);

        assertThat(rerun.exitValue()).as(rerunLog).isZero();
        assertThat(rerunLog).contains("left unfinished by a process that ended abruptly", "resuming run 1");
        assertThat(EtlRuns.csvFiles(output)).isEqualTo(EtlRuns.csvFiles(unbroken));
        long left = filesToRead(rerunLog);
        assertThat(left).isGreaterThan(0).isLessThanOrEqualTo(ARTICLES * 6 / 10 + 3 * 10);
        Map<String, List<Long>> readsByPartition = readCountsByPartition(output);
        assertThat(readsByPartition).hasSize(3)
                .allSatisfy((partition, reads) -> assertThat(reads).as(partition).hasSizeBetween(1, 2));
        // what the killed run committed plus what the second run read is every file, once
        assertThat(readsByPartition.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum())
                .isEqualTo(ARTICLES);
        long secondRunReads = readsByPartition.values().stream().filter(reads -> reads.size() == 2)
                .mapToLong(reads -> reads.get(1)).sum();
        assertThat(secondRunReads).isEqualTo(left);
    }

    /** The files each worker step read, per execution of it (the killed run's first), from the job repository. */
    private static Map<String, List<Long>> readCountsByPartition(Path output) throws Exception {
        Map<String, List<Long>> reads = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + output.resolve("db/recognition").toAbsolutePath(),
                "sa", "");
             ResultSet rs = db.createStatement().executeQuery("""
                     SELECT STEP_NAME, READ_COUNT FROM BATCH_STEP_EXECUTION
                     WHERE STEP_NAME LIKE 'import:partition%' ORDER BY STEP_EXECUTION_ID""")) {
            while (rs.next()) {
                reads.computeIfAbsent(rs.getString(1), name -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return reads;
    }

    private static long filesToRead(String log) {
        Matcher m = TO_READ.matcher(log);
        assertThat(m.find()).as(log).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static boolean waitForPercent(Path log, Process child, int percent) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            Matcher m = PERCENT.matcher(text);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) >= percent) {
                    return true;
                }
            }
            if (!child.isAlive()) {
                return false;
            }
            Thread.sleep(5);
        }
        return false;
    }
}
