package org.recognitionetl.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.recognitionetl.article.ArticleParser;
import org.recognitionetl.article.ParserSettings;
import org.recognitionetl.cli.ExitCode;
import org.recognitionetl.discover.DiscoveredFile;
import org.recognitionetl.discover.DiscoveryWriter;
import org.recognitionetl.discover.FileWalker;
import org.recognitionetl.discover.InputRoots;
import org.recognitionetl.extract.Analyzer;
import org.recognitionetl.store.ImportResult;
import org.recognitionetl.store.SourceFileRow;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code --dry-run}: walks the inputs, compares them with the store (opened read-only, if there is
 * one), parses and analyses what a run would import, and reports what would be added, changed and
 * rejected. It writes nothing: no database, no CSV, no report.
 */
public class DryRun {
    private static final int BATCH = 1000;

    private final RunSettings settings;
    private final ConsoleOutput console;

    public DryRun(RunSettings settings, ConsoleOutput console) {
        this.settings = settings;
        this.console = console;
    }

    public int run() throws SQLException {
        Path dbFile = Path.of(settings.databaseFile() + ".mv.db");
        Connection connection = Files.exists(dbFile) && !settings.fullRefresh()
                ? DriverManager.getConnection(settings.jdbcUrl() + ";ACCESS_MODE_DATA=r", "sa", "")
                : DriverManager.getConnection("jdbc:h2:mem:dryrun;INIT=RUNSCRIPT FROM 'classpath:export/dry-run-state.sql'",
                        "sa", "");
        try (connection) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
            DiscoveryWriter discovery = new DiscoveryWriter(new NamedParameterJdbcTemplate(dataSource), 0, Analyzer.version());
            InputRoots roots = new InputRoots(settings.inputs());
            FileWalker walker = new FileWalker(roots, settings.include(), console::warn);
            ArticleImportProcessor processor = new ArticleImportProcessor(roots,
                    new ArticleParser(new ParserSettings(settings.maxFileBytes(), settings.utf8Fallback())),
                    Analyzer.withDefaults(), settings.maxFileBytes());
            Tally tally = new Tally();
            List<DiscoveredFile> batch = new ArrayList<>();
            for (DiscoveredFile file = walker.read(); file != null; file = walker.read()) {
                batch.add(file);
                if (batch.size() == BATCH) {
                    tally.add(discovery.classify(batch), processor);
                    batch.clear();
                }
            }
            tally.add(discovery.classify(batch), processor);
            console.info("dry run: nothing was written");
            console.info(tally.summary());
            return ExitCode.COMPLETED.code();
        }
    }

    /** Counts of what a run would do. */
    private static final class Tally {
        long seen;
        long unchanged;
        long wouldAdd;
        long wouldChange;
        long quotes;
        long positions;
        final Map<String, Long> rejects = new TreeMap<>();

        void add(List<DiscoveryWriter.Classified> files, ArticleImportProcessor processor) {
            for (DiscoveryWriter.Classified classified : files) {
                seen++;
                if (classified.decision() == DiscoveryWriter.Decision.KEEP) {
                    unchanged++;
                    continue;
                }
                DiscoveredFile file = classified.file();
                SourceFileRow row = new SourceFileRow(classified.fileId(), file.sourceRoot(), file.sourceFile(),
                        file.sizeBytes(), file.modifiedMillis(), null, "PENDING", null, null);
                ImportResult result = processor.process(row);
                if (result instanceof ImportResult.Imported imported) {
                    if (classified.decision() == DiscoveryWriter.Decision.NEW) {
                        wouldAdd++;
                    } else {
                        wouldChange++;
                    }
                    quotes += imported.analysis().quotes().size();
                    positions += imported.analysis().positions().size();
                } else if (result instanceof ImportResult.Rejected rejected) {
                    rejects.merge(rejected.reason(), 1L, Long::sum);
                } else {
                    unchanged++;
                }
            }
        }

        String summary() {
            return String.format("files: %,d seen, %,d unchanged; would add %,d articles, change %,d, reject %,d %s%n"
                            + "the new and changed articles hold %,d quotes and %,d recognition positions",
                    seen, unchanged, wouldAdd, wouldChange, rejects.values().stream().mapToLong(Long::longValue).sum(),
                    rejects, quotes, positions);
        }
    }
}
