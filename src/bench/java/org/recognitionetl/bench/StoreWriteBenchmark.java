package org.recognitionetl.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.recognitionetl.article.ArticleIds;
import org.recognitionetl.article.ArticleParser;
import org.recognitionetl.article.ParseOutcome;
import org.recognitionetl.extract.Analyzer;
import org.recognitionetl.store.ArticleStoreWriter;
import org.recognitionetl.store.DeferredIndexes;
import org.recognitionetl.store.ImportResult;
import org.recognitionetl.store.SourceFileRow;
import org.recognitionetl.store.StoreWriteGate;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store alone: {@link ArticleStoreWriter} writing already analysed articles into a fresh H2
 * store, in the job's chunks (one transaction each), as a bulk import does. Reading, parsing and
 * the analysis happen once, in the set-up; each measured operation starts from an empty store
 * (schema by the job's own Flyway migrations, one {@code source_files} row per article as the
 * discover step leaves them) and writes every article. The score is the time of one such import;
 * articles per second, wall and CPU time per article, rows per article and the store's size on
 * disk are printed beside it.
 *
 * <p>Beside {@link AnalyzerBenchmark} it tells where an import's time goes: the analysis or the
 * database. {@code -p articles=N} takes the first N articles of the corpus (by path).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StoreWriteBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static {
        // as the job's application.properties: Flyway's per-migration lines would bury JMH's output
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.flywaydb"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    /** The folder of article files (searched recursively for *.txt). */
    @Param("../shared/corpus/allsides")
    public String corpus;

    /** How many articles each operation writes (the first N parsed, by path). */
    @Param("3000")
    public int articles;

    /** Articles per chunk (per transaction), as the job's --chunk-size. */
    @Param("1000")
    public int chunkSize;

    /** H2 URL settings after the file name, as the job's own (RunSettings.jdbcUrl) by default. */
    @Param("DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")
    public String urlSettings;

    private final List<ImportResult> results = new ArrayList<>();
    private Path storeDir;
    private SingleConnectionDataSource dataSource;
    private JdbcTemplate jdbc;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long cpuAtStart;
    private long processCpuAtStart;
    private long wallAtStart;

    @Setup(Level.Trial)
    public void analyseOnce() throws IOException {
        Path folder = Path.of(corpus);
        List<Path> files = CorpusFolder.articleFiles(folder);
        ArticleParser parser = new ArticleParser();
        Analyzer analyzer = Analyzer.withDefaults();
        String root = folder.toAbsolutePath().normalize().toString();
        for (Path file : files) {
            if (results.size() == articles) {
                break;
            }
            byte[] bytes = Files.readAllBytes(file);
            String relative = folder.relativize(file).toString();
            if (parser.parse(bytes, relative) instanceof ParseOutcome.Parsed parsed) {
                SourceFileRow row = new SourceFileRow(ArticleIds.hash16(root, relative), root, relative, bytes.length,
                        0L, null, "PENDING", null, null);
                results.add(new ImportResult.Imported(row, parsed.article(), analyzer.analyze(parsed.article()),
                        Analyzer.version()));
            }
        }
        if (results.size() < articles) {
            throw new IllegalStateException("only " + results.size() + " articles parse under " + folder.toAbsolutePath()
                    + "; ask for fewer with -p articles=N");
        }
    }

    /** An empty store with the discover step's rows, as a bulk import finds it. */
    @Setup(Level.Invocation)
    public void emptyStore() throws IOException {
        storeDir = Files.createTempDirectory("store-bench");
        dataSource = new SingleConnectionDataSource("jdbc:h2:file:" + storeDir.resolve("recognition")
                + ";" + urlSettings, "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        // as the job's prepare step does for a new store; the build before the publish is not measured
        new DeferredIndexes(jdbc).dropForBulkImport();
        List<Object[]> rows = new ArrayList<>();
        for (ImportResult result : results) {
            SourceFileRow file = result.file();
            rows.add(new Object[] {file.fileId(), file.sourceRoot(), file.sourceFile(), file.sizeBytes()});
        }
        jdbc.batchUpdate("""
                INSERT INTO source_files (file_id, source_root, source_file, size_bytes, modified_millis, status,
                                          first_seen_run, seen_run)
                VALUES (?, ?, ?, ?, 0, 'PENDING', 1, 1)""", rows);
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
        processCpuAtStart = PROCESS.getProcessCpuTime();
        wallAtStart = System.nanoTime();
    }

    @TearDown(Level.Invocation)
    public void report() throws IOException {
        double cpuMicros = (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1000.0;
        double wallMicros = (System.nanoTime() - wallAtStart) / 1000.0;
        double processCpuMicros = (PROCESS.getProcessCpuTime() - processCpuAtStart) / 1000.0;
        long quotes = jdbc.queryForObject("SELECT COUNT(*) FROM quotes", Long.class);
        long mentions = jdbc.queryForObject("SELECT COUNT(*) FROM article_speakers", Long.class);
        jdbc.execute("SHUTDOWN");
        dataSource.destroy();
        long bytes;
        try (Stream<Path> walk = Files.walk(storeDir)) {
            bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(" [%.0f articles/s: wall %.0f us/article, cpu %.0f us/article (process %.0f); %.1f quotes and %.1f speaker mentions per article; store %.1f KB/article]",
                articles * 1e6 / wallMicros, wallMicros / articles, cpuMicros / articles, processCpuMicros / articles, (double) quotes / articles, (double) mentions / articles, bytes / 1024.0 / articles);
        try (Stream<Path> walk = Files.walk(storeDir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Writes every article, chunk by chunk, each chunk in its own transaction. Score: time per article. */
    @Benchmark
    public void writeAll() {
        ArticleStoreWriter writer = new ArticleStoreWriter(jdbc, 1L, new StoreWriteGate());
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        for (int from = 0; from < results.size(); from += chunkSize) {
            List<ImportResult> chunk = results.subList(from, Math.min(results.size(), from + chunkSize));
            transactions.executeWithoutResult(status -> writer.write(new Chunk<>(chunk)));
        }
        // what a delayed write has not stored yet is part of the import's cost
        jdbc.execute("CHECKPOINT");
    }
}
