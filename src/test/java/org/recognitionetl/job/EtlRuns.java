package org.recognitionetl.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcDataSource;
import org.recognitionetl.RecognitionEtlApplication;
import org.recognitionetl.cli.Cli;
import org.recognitionetl.store.MigratedStore;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs the real command, in this JVM or in a child JVM, and reads what it published. */
public final class EtlRuns {
    private EtlRuns() {
    }

    /** What one in-process run returned and printed. */
    public record Result(int exitCode, String out, String err) {
    }

    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Starts the command in a child JVM (same classpath), with its output sent to {@code log}. */
    public static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(RecognitionEtlApplication.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Every published CSV file under {@code output/csv}, by name, as bytes turned to text. */
    public static Map<String, String> csvFiles(Path output) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(output.resolve("csv"))) {
            for (Path file : list.filter(p -> p.toString().endsWith(".csv")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The SQL files under {@code output/sql} (hidden files left out), by path from there: name → content. */
    public static Map<String, String> sqlFiles(Path output) {
        Map<String, String> files = new TreeMap<>();
        Path sql = output.resolve("sql");
        try (Stream<Path> walk = Files.walk(sql)) {
            List<Path> sqlFiles = walk.filter(p -> p.toString().endsWith(".sql"))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            for (Path file : sqlFiles) {
                files.put(sql.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The data rows of one CSV file (header left out), as raw lines. */
    public static List<String> rows(Path output, String table) {
        try {
            List<String> lines = Files.readAllLines(output.resolve("csv").resolve(table + ".csv"), StandardCharsets.UTF_8);
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The mentions whose kept count (speaker_mention_counts) differs from the mentions in
     * article_speakers, as "name|speaker|title|affiliation|difference"; empty when they agree.
     */
    public static List<String> mentionCountsDrift(Path output) {
        return store(output).query("""
                SELECT name, speaker_id, title, affiliation, SUM(n) FROM (
                    SELECT name, speaker_id, title, COALESCE(affiliation, '') AS affiliation, COUNT(*) AS n
                    FROM article_speakers GROUP BY name, speaker_id, title, COALESCE(affiliation, '')
                    UNION ALL
                    SELECT name, speaker_id, title, affiliation, -mentions FROM speaker_mention_counts)
                GROUP BY name, speaker_id, title, affiliation HAVING SUM(n) <> 0""",
                (rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                        + "|" + rs.getLong(5));
    }

    /** The store's indexes, as {@link MigratedStore#indexes} lists them. */
    public static SortedSet<String> storeIndexes(Path output) {
        return MigratedStore.indexes(store(output));
    }

    /** The store a finished run left in its output folder. */
    private static JdbcTemplate store(Path output) {
        JdbcDataSource store = new JdbcDataSource();
        store.setURL("jdbc:h2:file:" + output.resolve("db/recognition").toAbsolutePath());
        store.setUser("sa");
        return new JdbcTemplate(store);
    }
}
