package org.recognitionetl.job;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints a progress line for the import step at most every few seconds (files done of files
 * pending, rate, time left), so that long runs show they are alive and short ones stay quiet.
 */
public class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {
    private final JdbcTemplate jdbc;
    private final ConsoleOutput console;
    private final long everyNanos;
    private long pending;
    private long done;
    private long started;
    private long lastPrinted;

    public ProgressListener(JdbcTemplate jdbc, ConsoleOutput console, long everyMillis) {
        this.jdbc = jdbc;
        this.console = console;
        this.everyNanos = everyMillis * 1_000_000;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM source_files WHERE status = 'PENDING'", Long.class);
        pending = count == null ? 0 : count;
        done = 0;
        started = System.nanoTime();
        lastPrinted = started;
        console.progress(String.format("import: %,d files to read", pending));
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        done += chunk.size();
        long now = System.nanoTime();
        if (now - lastPrinted >= everyNanos) {
            lastPrinted = now;
            double seconds = (now - started) / 1e9;
            double rate = done / seconds;
            long left = rate > 0 ? Math.round((pending - done) / rate) : 0;
            console.progress(String.format("import: %,d of %,d files (%.0f%%), %,.0f files/s, about %d s left",
                    done, pending, pending == 0 ? 100.0 : 100.0 * done / pending, rate, left));
        }
    }
}
