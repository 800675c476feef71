package org.recognitionetl.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.recognitionetl.RecognitionEtlApplication;
import org.recognitionetl.evaluate.Evaluation;
import org.recognitionetl.evaluate.EvaluationException;
import org.recognitionetl.job.ConsoleOutput;
import org.recognitionetl.job.DryRun;
import org.recognitionetl.job.ImportJobConfiguration;
import org.recognitionetl.job.JobRunner;
import org.recognitionetl.job.RunSettings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import picocli.CommandLine;

/**
 * The command: parse options, take the output lock, start Spring, run (or resume) the job, print
 * the summary and return the exit code. Ctrl-C and SIGTERM stop the job at the end of its current
 * chunk before the process ends, so the next run resumes from there.
 */
public final class Cli {
    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();

    private Cli() {
    }

    public static boolean shutdownInProgress() {
        return SHUTTING_DOWN.get();
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLineOptions options = new CommandLineOptions();
        CommandLine commandLine = new CommandLine(options);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help to see every option.");
            return ExitCode.USAGE.code();
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(new PrintWriter(out, true));
            return ExitCode.COMPLETED.code();
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(new PrintWriter(out, true));
            return ExitCode.COMPLETED.code();
        }
        if (options.evaluate != null) {
            return evaluate(options, commandLine.getParseResult(), out, err);
        }
        if (options.corpus != null || options.scoreScript != null) {
            err.println("error: --corpus and --score-script go with --evaluate=GOLD.jsonl");
            err.println("Run with --help to see every option.");
            return ExitCode.USAGE.code();
        }
        RunSettings settings;
        try {
            settings = options.toSettings();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help to see every option.");
            return ExitCode.USAGE.code();
        }
        // a bar redrawn in place only where someone watches: our own standard error, on a terminal
        boolean terminal = err == System.err && System.console() != null;
        return runLocked(settings, options.dryRun, new ConsoleOutput(out, err, settings.progress(), terminal));
    }

    /** Takes the output lock and runs the job (or the dry run) with the given settings. */
    private static int runLocked(RunSettings settings, boolean dryRun, ConsoleOutput console) {
        try (OutputLock lock = OutputLock.acquire(settings.output())) {
            if (dryRun) {
                return new DryRun(settings, console).run();
            }
            return runJob(settings, console);
        } catch (OutputLock.HeldException e) {
            console.error(e.getMessage());
            return ExitCode.LOCKED.code();
        } catch (Exception e) {
            console.error(FailureMessage.forException(e, limits(settings)));
            return ExitCode.FAILED.code();
        }
    }

    /**
     * {@code --evaluate}: the job on the gold's files, run exactly as a normal run (same lock, same
     * Spring wiring, same options such as --chunk-size), then score.py on its output.
     */
    private static int evaluate(CommandLineOptions options, CommandLine.ParseResult parsed, PrintStream out,
                                PrintStream err) {
        try {
            options.checkEvaluationOptions(parsed.hasMatchedOption("--input"));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help to see every option.");
            return ExitCode.USAGE.code();
        }
        ConsoleOutput console = new ConsoleOutput(out, err, !options.quiet);
        Path output = parsed.hasMatchedOption("--output") ? options.output : null;
        Evaluation.Request request = new Evaluation.Request(options.evaluate, options.corpus, options.scoreScript, output);
        try {
            return Evaluation.run(request,
                    (input, runOutput) -> runLocked(options.toEvaluationSettings(input, runOutput), false, console),
                    console);
        } catch (EvaluationException e) {
            console.error(e.getMessage());
            return (e.usageError() ? ExitCode.USAGE : ExitCode.FAILED).code();
        } catch (Exception e) {
            console.error(FailureMessage.describe(e));
            return ExitCode.FAILED.code();
        }
    }

    private static int runJob(RunSettings settings, ConsoleOutput console) throws Exception {
        CountDownLatch finished = new CountDownLatch(1);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RecognitionEtlApplication.class)
                .web(WebApplicationType.NONE)
                .registerShutdownHook(false)
                .logStartupInfo(false)
                .properties("spring.datasource.url=" + settings.jdbcUrl(),
                        // each import partition holds a connection for its chunk; the job repository needs more
                        "spring.datasource.hikari.maximum-pool-size=" + (settings.threads() + 4))
                .initializers(ctx -> {
                    GenericApplicationContext generic = (GenericApplicationContext) ctx;
                    generic.registerBean(RunSettings.class, () -> settings);
                    generic.registerBean(ConsoleOutput.class, () -> console);
                })
                .run();
        Thread hook = new Thread(() -> stopGracefully(context, console, finished), "recognition-etl-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            JobRunner.Outcome outcome = context.getBean(JobRunner.class).run(SHUTTING_DOWN);
            return report(outcome, settings, console);
        } finally {
            context.close();
            finished.countDown();
            if (!SHUTTING_DOWN.get()) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    private static void stopGracefully(ConfigurableApplicationContext context, ConsoleOutput console,
                                       CountDownLatch finished) {
        SHUTTING_DOWN.set(true);
        console.info("stopping at the end of the current chunk; run the same command again to resume");
        try {
            JobOperator operator = context.getBean(JobOperator.class);
            Set<Long> running = operator.getRunningExecutions(ImportJobConfiguration.JOB_NAME);
            for (Long id : running) {
                operator.stop(id);
            }
            finished.await(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            console.error("could not stop the run cleanly (" + FailureMessage.describe(e) + "); the next run will recover it");
        }
    }

    private static int report(JobRunner.Outcome outcome, RunSettings settings, ConsoleOutput console) {
        if (outcome.status() == BatchStatus.COMPLETED) {
            if (outcome.report() != null) {
                console.info(outcome.report().summary().stripTrailing());
            }
            return ExitCode.COMPLETED.code();
        }
        if (outcome.status() == BatchStatus.STOPPED) {
            console.info("stopped at a chunk boundary; run the same command again to resume");
            return ExitCode.STOPPED.code();
        }
        console.error(FailureMessage.forRun(outcome.status().name().toLowerCase(Locale.ROOT), outcome.failures(),
                outcome.exitDescription(), limits(settings)));
        return ExitCode.FAILED.code();
    }

    private static KnownCause.RunLimits limits(RunSettings settings) {
        return KnownCause.RunLimits.ofThisJvm(settings.chunkSize(), settings.output());
    }
}
