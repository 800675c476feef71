package org.recognitionetl.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.recognitionetl.export.CsvExporter;
import org.recognitionetl.export.ExportTable;
import org.recognitionetl.export.PreviousVersions;
import org.recognitionetl.export.PublishChanges;
import org.recognitionetl.export.ReportJson;
import org.recognitionetl.export.RunReport;
import org.recognitionetl.export.RunReportBuilder;
import org.recognitionetl.export.SqlExporter;
import org.recognitionetl.store.ChangeLog;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The publish step's work: write CSV, SQL and the run report, after {@link SpeakerMerge} has merged
 * the speakers. After a nightly run only what changed is written again (merged into the previous
 * files); the files are the same bytes a full publish of the store would write.
 */
public class Publisher {
    private final JdbcTemplate jdbc;
    private final RunSettings settings;
    private final ConsoleOutput console;
    private RunReport lastReport;
    private PreviousVersions previousVersions;

    public Publisher(JdbcTemplate jdbc, RunSettings settings, ConsoleOutput console) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.console = console;
    }

    /**
     * The publish step: writes the CSV files and the SQL files at once, each on its own thread (they
     * read the same committed store and write different files), then the run report.
     *
     * @param jobStart   when this execution of the run started
     * @param executions executions of the run so far, this one included (more than 1 once resumed)
     */
    public void publish(long run, LocalDateTime jobStart, int executions) {
        console.progress("publish: writing CSV and SQL files under " + settings.output());
        try {
            PublishChanges changes = changes();
            CsvExporter csv = new CsvExporter(jdbc);
            SqlExporter sql = new SqlExporter(jdbc);
            Map<String, Long> rows;
            if (changes.noArticleChanged() && csv.showsUnchangedStore(settings.csvDir())
                    && sql.showsUnchangedStore(settings.sqlDir())) {
                // a night without new files: the files stay, rather than being copied byte for byte
                console.progress("publish: nothing changed since the last publish, the CSV and SQL files stay as they are");
                rows = csv.rowCounts();
            } else {
                rows = writeFiles(csv, sql, changes);
            }
            // in the step's transaction: a publish killed before its end is done again from the same log
            new ChangeLog(jdbc).clear();
            double seconds = jobStart == null ? 0 : Duration.between(jobStart, LocalDateTime.now()).toMillis() / 1000.0;
            lastReport = new RunReportBuilder(jdbc).build(run, rows, seconds, executions);
            ReportJson.write(lastReport, "COMPLETED", settings.reportFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output under " + settings.output() + ": " + e.getMessage()
                    + " (check free disk space and permissions, then run the same command again)", e);
        }
    }

    /** What the files must show again: every row, or the groups of the articles changed or re-pointed. */
    private PublishChanges changes() {
        ChangeLog log = new ChangeLog(jdbc);
        if (log.needsFull()) {
            return PublishChanges.FULL;
        }
        Set<String> rewritten = new TreeSet<>(log.changedArticles());
        rewritten.addAll(log.republishedArticles());
        console.progress(String.format("publish: %,d articles changed: their speakers merged again, their rows merged"
                + " into the previous files", rewritten.size()));
        return PublishChanges.of(rewritten, log.changedDates());
    }

    /**
     * Writes the SQL files on a thread of its own while this thread writes the CSV files: a full
     * publish of each takes about as long, mostly one core's work (rows read and formatted). Both
     * are waited for, whichever fails.
     */
    private Map<String, Long> writeFiles(CsvExporter csv, SqlExporter sql, PublishChanges changes)
            throws IOException {
        awaitPreviousVersionsDeleted().forEach(console::warn);
        PreviousVersions versions = PreviousVersions.keep(
                ExportTable.ALL.stream().map(table -> settings.csvDir().resolve(table.csvFile())).toList());
        previousVersions = versions;
        FutureTask<Double> sqlWritten = new FutureTask<>(() -> {
            long started = System.nanoTime();
            sql.publish(settings.sqlDir(), changes);
            return (System.nanoTime() - started) / 1e9;
        });
        Thread sqlThread = new Thread(sqlWritten, "publish-sql");
        sqlThread.setDaemon(true);
        sqlThread.start();
        FileProgress files = new FileProgress(changes.full());
        Map<String, Long> rows;
        try {
            rows = csv.publish(settings.csvDir(), changes, (file, n) -> {
                files.written("csv/" + file, n);
                versions.release(settings.csvDir().resolve(file));
            });
        } catch (IOException | RuntimeException | Error e) {
            awaitQuietly(sqlWritten, e);
            throw e;
        }
        double sqlSeconds = await(sqlWritten);
        long sqlRows = rows.values().stream().mapToLong(Long::longValue).sum();
        files.written("sql/data.sql and sql/months/", sqlRows, sqlSeconds);
        return rows;
    }

    private static double await(Future<Double> written) throws IOException {
        try {
            return written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the SQL files were being written", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** Waits for the SQL files after the CSV files failed; their own failure goes with the first one. */
    private static void awaitQuietly(Future<Double> written, Throwable first) {
        try {
            await(written);
        } catch (IOException | RuntimeException | Error e) {
            first.addSuppressed(e);
        }
    }


    /**
     * A line per file written by a full publish, with its rows and time: over a million articles the
     * files take minutes, which would otherwise pass without a word. A nightly merge stays quiet.
     */
    private final class FileProgress {
        private final boolean full;
        private long since = System.nanoTime();

        FileProgress(boolean full) {
            this.full = full;
        }

        void written(String file, long rows) {
            long now = System.nanoTime();
            written(file, rows, (now - since) / 1e9);
            since = now;
        }

        void written(String file, long rows, double seconds) {
            if (full) {
                console.progress(ProgressText.fileLine(file, rows, seconds));
            }
        }
    }

    /**
     * Waits until the previous versions of the files the last publish replaced are deleted (a thread
     * does it while the run goes on, see {@link PreviousVersions}).
     *
     * @return a warning for each that could not be deleted
     */
    public List<String> awaitPreviousVersionsDeleted() {
        if (previousVersions == null) {
            return List.of();
        }
        List<String> warnings = previousVersions.awaitDeleted();
        previousVersions = null;
        return warnings;
    }

    public RunReport lastReport() {
        return lastReport;
    }
}
