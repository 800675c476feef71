package org.recognitionetl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recognitionetl.cli.KnownCause.RunLimits;

class FailureMessageTest {
    private static final long HEAP_256_MB = 256L << 20;

    @TempDir
    Path output;

    private RunLimits limits(int chunkSize) {
        return new RunLimits(HEAP_256_MB, chunkSize, output);
    }

    @Test
    void aHeapExhaustedInsideH2GetsAdviceOnChunkSizeAndHeap() {
        // given H2's way of reporting it: the error only named in an SQL exception's message, and
        // the exceptions that follow suppressing each other in a circle
        SQLException write = new SQLException("IO Exception: \"java.io.IOException: org.h2.mvstore.MVStoreException: "
                + "java.lang.OutOfMemoryError: Capacity: 10616832 [2.5.252/3]\"");
        SQLException rollback = new SQLException("The database has been closed [90098-252]");
        rollback.addSuppressed(write);
        write.addSuppressed(rollback);
        RuntimeException thrown = new RuntimeException("JDBC rollback", rollback);

        // when
        String message = FailureMessage.forException(thrown, limits(5000));

        // then
        assertThat(message)
                .contains("ran out of memory")
                .contains("at most 256 MB")
                .contains("a chunk of 5,000 files")
                .contains("--chunk-size (say 2500)")
                .contains("-Xmx")
                .contains("Run the same command again", "resumes where it stopped");
    }

    @Test
    void aFailedRunWhosePartitionRanOutOfHeapGetsTheSameAdvice() {
        Exception partition = new Exception("Partition handler returned an unsuccessful step");
        Throwable heap = new OutOfMemoryError("Java heap space");

        String message = FailureMessage.forRun("failed", List.of(partition, heap), "", limits(16000));

        assertThat(message).startsWith("the run ran out of memory").contains("a chunk of 16,000 files")
                .contains("say 8000");
    }

    @Test
    void anotherFailureNamesItsRootCauseEvenWhenTheExitDescriptionIsEmpty() {
        Exception failure = new IllegalStateException("cannot write the chunk",
                new IOException("Permission denied"));

        String message = FailureMessage.forRun("failed", List.of(failure), "", limits(1000));

        assertThat(message).isEqualTo("the run failed: cannot write the chunk (cause: Permission denied)\n"
                + "Fix the cause and run the same command again: it resumes where it stopped.");
    }

    @Test
    void aDiskThatFilledUpNamesTheDiskItsFreeSpaceAndWhatToDo() {
        // given H2's way of reporting it: the write failure suppressed by the rollback that followed
        IOException device = new IOException("No space left on device");
        SQLException write = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to "
                + "sun.nio.ch.FileChannelImpl@6dded900 failed; length 2363392 at 53532381184\"", device);
        SQLException rollback = new SQLException("The database has been closed [90098-252]");
        rollback.addSuppressed(write);
        write.addSuppressed(rollback);
        RuntimeException thrown = new RuntimeException("JDBC rollback", rollback);

        String message = FailureMessage.forRun("failed", List.of(thrown), "", limits(1000));

        assertThat(message)
                .startsWith("the run ran out of disk space: the disk holding " + output + " is full (")
                .containsPattern("\\(\\d[\\d.,]* (GB|MB) free now\\)")
                .contains("everything committed before it is kept")
                .contains("Free space on that disk and run the same command again", "resumes where it stopped")
                .contains("--compact-every");
    }

    @Test
    void aFailureWithoutExceptionsFallsBackToTheExitDescriptionOrSaysWhereToLook() {
        assertThat(FailureMessage.forRun("failed", List.of(), "step import failed", limits(1000)))
                .startsWith("the run failed: step import failed\n");
        assertThat(FailureMessage.forRun("abandoned", List.of(), " ", limits(1000)))
                .startsWith("the run abandoned: no cause was recorded; the log above shows the errors\n");
    }
}
