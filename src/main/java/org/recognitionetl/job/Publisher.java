package org.recognitionetl.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import org.recognitionetl.export.CsvExporter;
import org.recognitionetl.export.ReportJson;
import org.recognitionetl.export.RunReport;
import org.recognitionetl.export.RunReportBuilder;
import org.recognitionetl.export.SqlExporter;
import org.recognitionetl.store.SpeakerConsolidation;
import org.springframework.jdbc.core.JdbcTemplate;

/** The publish step's work: consolidate speakers, then write CSV, SQL and the run report. */
public class Publisher {
    private final JdbcTemplate jdbc;
    private final RunSettings settings;
    private final ConsoleOutput console;
    private RunReport lastReport;

    public Publisher(JdbcTemplate jdbc, RunSettings settings, ConsoleOutput console) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.console = console;
    }

    public void publish(long run, LocalDateTime jobStart) {
        console.progress("publish: merging speakers, writing CSV and SQL files under " + settings.output());
        try {
            new SpeakerConsolidation(jdbc).run();
            Map<String, Long> rows = new CsvExporter(jdbc).export(settings.csvDir());
            new SqlExporter(jdbc).export(settings.sqlDir());
            double seconds = jobStart == null ? 0 : Duration.between(jobStart, LocalDateTime.now()).toMillis() / 1000.0;
            lastReport = new RunReportBuilder(jdbc).build(run, rows, seconds);
            ReportJson.write(lastReport, "COMPLETED", settings.reportFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output under " + settings.output() + ": " + e.getMessage()
                    + " (check free disk space and permissions, then run the same command again)", e);
        }
    }

    public RunReport lastReport() {
        return lastReport;
    }
}
