package org.recognitionetl.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decides, after a round of the import, whether another round follows. Each round reads at most
 * {@code --compact-every} files, so that the store file can be compacted between rounds before its
 * dead pages fill the disk (a bulk import of a million files would otherwise need ~130 GB).
 */
public class ImportRounds implements JobExecutionDecider {
    static final String ANOTHER_ROUND = "ANOTHER_ROUND";
    static final String ALL_READ = "ALL_READ";
    private final JdbcTemplate jdbc;

    public ImportRounds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution lastRound) {
        // a round that read nothing ends the loop whatever is left, which the single-threaded
        // importAgain step then reads
        boolean roundRead = lastRound == null || lastRound.getReadCount() > 0;
        return new FlowExecutionStatus(roundRead && pendingFiles(jdbc) > 0 ? ANOTHER_ROUND : ALL_READ);
    }

    /** The files the import has still to read. */
    static long pendingFiles(JdbcTemplate jdbc) {
        Long pending = jdbc.queryForObject("SELECT COUNT(*) FROM source_files WHERE status = 'PENDING'", Long.class);
        return pending == null ? 0 : pending;
    }

    /** A partition's share of a round: the round split evenly, rounded up. */
    static int filesPerPartition(int roundFiles, int partitions) {
        return (int) Math.max(1, ((long) roundFiles + partitions - 1) / partitions);
    }
}
