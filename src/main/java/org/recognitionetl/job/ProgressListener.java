package org.recognitionetl.job;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import's progress over all partitions: the manager step counts the pending files before the
 * workers start, every worker's chunk adds its files, and whichever thread finds the report due
 * prints it. On a terminal a bar is redrawn in place a few times a second; elsewhere (a log, cron)
 * a line is printed at most every {@code --progress-every} seconds.
 */
public class ProgressListener implements StepExecutionListener {
    private static final long BAR_EVERY_NANOS = 250_000_000L;
    private final JdbcTemplate jdbc;
    private final ConsoleOutput console;
    private final long everyNanos;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong lastPrinted = new AtomicLong();
    private volatile long pending;
    private volatile long started;
    private volatile Long jobExecutionId;

    public ProgressListener(JdbcTemplate jdbc, ConsoleOutput console, long everyMillis) {
        this.jdbc = jdbc;
        this.console = console;
        long lineEvery = everyMillis * 1_000_000;
        this.everyNanos = console.terminal() ? Math.min(lineEvery, BAR_EVERY_NANOS) : lineEvery;
    }

    /**
     * Registered on the partitioned import step (not on its workers): counts once per run; a later
     * round of the same run goes on with the count, the rate and the time left of the first.
     */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        long toRead = ImportRounds.pendingFiles(jdbc);
        Long execution = stepExecution.getJobExecutionId();
        if (execution.equals(jobExecutionId)) {
            pending = done.get() + toRead;
            return;
        }
        jobExecutionId = execution;
        pending = toRead;
        done.set(0);
        started = System.nanoTime();
        lastPrinted.set(started);
        console.progress(String.format("import: %,d files to read", pending));
    }

    /** On a terminal, the bar's last state (100% when all went through) stays on screen. */
    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        if (console.terminal()) {
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            console.progressBar(new ProgressText(done.get(), pending, done.get() / seconds).bar());
        }
        return null;
    }

    /**
     * The listener of the worker steps' chunks. Apart from this object, which listens to the step,
     * so that a worker starting does not count and restart the progress again.
     */
    public ChunkListener<Object, Object> chunks() {
        return new ChunkListener<>() {
            @Override
            public void afterChunk(Chunk<Object> chunk) {
                chunkDone(chunk.size());
            }
        };
    }

    private void chunkDone(int files) {
        long finished = done.addAndGet(files);
        long now = System.nanoTime();
        long last = lastPrinted.get();
        // one thread wins the report; the others go back to work at once
        if (now - last >= everyNanos && lastPrinted.compareAndSet(last, now)) {
            double rate = finished / Math.max(1e-9, (now - started) / 1e9);
            ProgressText text = new ProgressText(finished, pending, rate);
            if (console.terminal()) {
                console.progressBar(text.bar());
            } else {
                console.progress(text.line());
            }
        }
    }
}
