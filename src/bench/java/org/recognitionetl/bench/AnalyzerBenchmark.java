package org.recognitionetl.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.recognitionetl.article.Article;
import org.recognitionetl.article.ArticleParser;
import org.recognitionetl.article.ParseOutcome;
import org.recognitionetl.extract.Analyzer;
import org.recognitionetl.extract.ArticleAnalysis;

/**
 * The analysis alone ({@link Analyzer#analyze}), one article per operation, over a folder of real
 * articles (by default ../shared/corpus/allsides, 15,565 news articles). Reading and parsing happen
 * once, in the set-up, with the job's own {@link ArticleParser}; the database, CSV and Spring are
 * not measured. One thread, so the throughput is articles per second per core.
 *
 * <p>The articles are shuffled with a fixed seed and taken in turn, so that every iteration sees a
 * random mix of long and short, quote-rich and quote-poor
 * articles rather than one stretch of dates.
 */
@State(Scope.Benchmark)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
// the JIT needs some 30,000 analyses to settle (fewer on an idle machine, where 60 s is plenty)
@Warmup(iterations = 4, time = 15)
@Measurement(iterations = 5, time = 10)
public class AnalyzerBenchmark {
    private static final long SHUFFLE_SEED = 20_240_101L;

    /** The folder of article files (searched recursively for *.txt). */
    @Param("../shared/corpus/allsides")
    public String corpus;

    private Article[] articles;
    private Analyzer analyzer;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path folder = Path.of(corpus);
        List<Path> files = CorpusFolder.articleFiles(folder);
        ArticleParser parser = new ArticleParser();
        List<Article> parsed = new ArrayList<>(files.size());
        TreeMap<String, Integer> rejects = new TreeMap<>();
        long chars = 0;
        for (Path file : files) {
            ParseOutcome outcome = parser.parse(Files.readAllBytes(file), folder.relativize(file).toString());
            if (outcome instanceof ParseOutcome.Parsed p) {
                parsed.add(p.article());
                chars += p.article().body() == null ? 0 : p.article().body().length();
            } else {
                rejects.merge(((ParseOutcome.Rejected) outcome).reason().name(), 1, Integer::sum);
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException("no article could be parsed under " + folder.toAbsolutePath());
        }
        Collections.shuffle(parsed, new Random(SHUFFLE_SEED));
        articles = parsed.toArray(new Article[0]);
        analyzer = Analyzer.withDefaults();
        System.out.printf("%nloaded %,d articles from %s (%,d files, rejected %s), %,d body chars on average%n",
                articles.length, folder.toAbsolutePath().normalize(), files.size(), rejects,
                chars / articles.length);
    }

    /**
     * Which article the next operation analyses; one per measuring thread. It also prints the
     * thread's CPU time per article of every iteration: on a shared, loaded machine the wall-clock
     * figures JMH reports include the time the thread waited for a core, the CPU time does not.
     */
    @State(Scope.Thread)
    public static class Cursor {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        int next;
        long analysed;
        private long cpuAtStart;
        private long wallAtStart;

        @Setup(Level.Iteration)
        public void startClock() {
            analysed = 0;
            cpuAtStart = THREADS.getCurrentThreadCpuTime();
            wallAtStart = System.nanoTime();
        }

        @TearDown(Level.Iteration)
        public void printCpuTime() {
            long cpu = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
            long wall = System.nanoTime() - wallAtStart;
            if (analysed > 0) {
                System.out.printf(" [cpu %.1f us/article, %.0f articles/cpu-s, on cpu %.0f%% of the time, %,d articles]",
                        cpu / 1000.0 / analysed, analysed * 1e9 / cpu, 100.0 * cpu / wall, analysed);
            }
        }
    }

    private ArticleAnalysis analyzeNext(Cursor cursor) {
        Article article = articles[cursor.next];
        cursor.next = cursor.next + 1 == articles.length ? 0 : cursor.next + 1;
        cursor.analysed++;
        return analyzer.analyze(article);
    }

    /** Articles per second on one core. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ArticleAnalysis articlesPerSecond(Cursor cursor) {
        return analyzeNext(cursor);
    }

    /** Average time per article. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ArticleAnalysis timePerArticle(Cursor cursor) {
        return analyzeNext(cursor);
    }
}
