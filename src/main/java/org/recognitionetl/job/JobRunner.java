package org.recognitionetl.job;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.recognitionetl.export.RunReport;
import org.recognitionetl.store.StoreMaintenance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Decides what "run the same command again" means: an execution left running by a process that
 * died is recovered (marked failed), a failed or stopped run with the same settings is restarted
 * where it stopped, and anything else starts the next run. Only one process at a time gets here
 * (the output lock), so an execution that looks running belongs to a dead process.
 */
public class JobRunner {
    private static final int RECOVERY_LIMIT_SECONDS = 120;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final RunSettings settings;
    private final StoreMaintenance maintenance;
    private final Publisher publisher;
    private final ConsoleOutput console;

    public JobRunner(JobOperator jobOperator, JobRepository jobRepository, Job job, RunSettings settings,
                     StoreMaintenance maintenance, Publisher publisher, ConsoleOutput console) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.settings = settings;
        this.maintenance = maintenance;
        this.publisher = publisher;
        this.console = console;
    }

    /** The outcome of a run: the execution's status and, when it completed, its report. */
    public record Outcome(BatchStatus status, String exitDescription, List<Throwable> failures, RunReport report,
                          boolean interrupted) {
    }

    public Outcome run(AtomicBoolean shuttingDown) throws Exception {
        int pruned = maintenance.pruneJobHistory(settings.historyDays(), Instant.now());
        if (pruned > 0) {
            console.progress("pruned the metadata of " + pruned + " job executions older than "
                    + settings.historyDays() + " days");
        }
        JobExecution execution = launch();
        // the publish's old file versions are deleted while the job ends; the run ends once they are
        publisher.awaitPreviousVersionsDeleted().forEach(console::warn);
        boolean interrupted = shuttingDown.get();
        String description = execution.getExitStatus().getExitDescription();
        return new Outcome(execution.getStatus(), description, execution.getAllFailureExceptions(), publisher.lastReport(),
                interrupted);
    }

    private JobExecution launch() throws Exception {
        JobParameters wanted = parameters(0);
        JobInstance last = jobRepository.getLastJobInstance(ImportJobConfiguration.JOB_NAME);
        while (last != null && jobRepository.getLastJobExecution(last) == null) {
            // a process killed between creating the instance and its first execution: nothing ran
            jobRepository.deleteJobInstance(last);
            last = jobRepository.getLastJobInstance(ImportJobConfiguration.JOB_NAME);
        }
        long nextRun = 1;
        if (last != null) {
            JobExecution lastExecution = jobRepository.getLastJobExecution(last);
            if (lastExecution != null) {
                Long lastRun = lastExecution.getJobParameters().getLong("run.id");
                nextRun = (lastRun == null ? 0 : lastRun) + 1;
                if (lastExecution.getStatus().isRunning()) {
                    console.info("run " + lastRun + " was left unfinished by a process that ended abruptly: recovering it");
                    lastExecution = recoverWithin(lastExecution, RECOVERY_LIMIT_SECONDS);
                }
                BatchStatus status = lastExecution.getStatus();
                if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
                    if (sameSettings(lastExecution.getJobParameters(), wanted)) {
                        console.info("resuming run " + lastRun + " where it stopped");
                        return jobOperator.restart(lastExecution);
                    }
                    console.info("run " + lastRun + " did not finish and was started with other settings: "
                            + "abandoning it and starting run " + nextRun + " (its imported files are kept)");
                    jobOperator.abandon(lastExecution);
                }
            }
        }
        return jobOperator.start(job, parameters(nextRun));
    }

    /**
     * Recovers an execution left running, but never waits for ever: a store whose rows stay locked
     * after a crash (an H2 recovery fault) would otherwise make every later run spin silently.
     */
    private JobExecution recoverWithin(JobExecution execution, int seconds) throws Exception {
        FutureTask<JobExecution> recovery = new FutureTask<>(() -> jobOperator.recover(execution));
        Thread worker = new Thread(recovery, "recognition-etl-recovery");
        worker.setDaemon(true);
        worker.start();
        try {
            return recovery.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            console.error("recovering run " + execution.getJobParameters().getLong("run.id") + " did not finish within "
                    + seconds + " s: the database under " + settings.databaseFile().getParent()
                    + " keeps rows locked by a write that the crash interrupted. Move that folder aside and run the"
                    + " same command again: the tables are rebuilt from the input files");
            Runtime.getRuntime().halt(1);
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private JobParameters parameters(long run) {
        return new JobParametersBuilder()
                .addString("input", String.join(",", settings.inputs().stream()
                        .map(p -> p.toAbsolutePath().normalize().toString()).toList()))
                .addString("output", settings.output().toAbsolutePath().normalize().toString())
                .addString("include", settings.include())
                .addLong("maxFileBytes", settings.maxFileBytes())
                .addString("utf8Fallback", Boolean.toString(settings.utf8Fallback()))
                .addString("fullRefresh", Boolean.toString(settings.fullRefresh()))
                .addString("pruneMissing", Boolean.toString(settings.pruneMissing()))
                .addLong("run.id", run)
                .toJobParameters();
    }

    private static boolean sameSettings(JobParameters previous, JobParameters wanted) {
        for (String name : wanted.parameters().stream().map(p -> p.name()).toList()) {
            if (name.equals("run.id")) {
                continue;
            }
            Object was = previous.getParameter(name) == null ? null : previous.getParameter(name).value();
            Object now = wanted.getParameter(name).value();
            if (!now.equals(was)) {
                return false;
            }
        }
        return true;
    }
}
