import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Bench 3's corpus generator: writes N articles in the job's input format as copies of real
 * articles (by default {@code ../shared/corpus/allsides}) with a rewritten date and a unique URL,
 * spread over dated folders {@code YYYY/MM/DD/}. Run as a Java single-file program:
 *
 * <pre>
 * java bench/GenerateCorpus.java --to=/work/bigcorpus/1m --count=1000000
 * java bench/GenerateCorpus.java --to=/work/bigcorpus/1m --first=1000000 --count=1000 --date=2026-01-01
 * </pre>
 *
 * Options: {@code --from=DIR} (the real articles), {@code --to=DIR}, {@code --count=N},
 * {@code --first=K} (index of the first article, default 0), {@code --seed=S} (default 4),
 * {@code --start=YYYY-MM-DD} (date of article 0, default 2015-01-01), {@code --per-day=N} (articles
 * per dated folder, default 300, so a million articles span about nine years), {@code --date=YYYY-MM-DD}
 * (put every article in that one day's folder instead: a nightly delivery).
 *
 * <p>Article i depends only on (seed, i, start, per-day or date): which real article it copies is a
 * hash of seed and i, so the same command always writes the same bytes, and a later
 * {@code --first} extends a corpus without changing it. Files are written, never linked: each copy
 * differs from its source in lines 2 and 3 (date, URL), so each one is a distinct article with its
 * own {@code article_id}. A file already present with the right size is left alone, so an
 * interrupted generation is finished by running the same command again.
 */
public final class GenerateCorpus {
    private static final DateTimeFormatter DAY_FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
    private static final DateTimeFormatter LINE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** A real article cut into the parts the generator keeps (title, URL) and copies (body). */
    private record Source(String title, String host, String path, byte[] body) {
    }

    public static void main(String[] args) throws IOException {
        Path from = Path.of("../shared/corpus/allsides");
        Path to = null;
        long count = -1;
        long first = 0;
        long seed = 4;
        LocalDate start = LocalDate.of(2015, 1, 1);
        int perDay = 300;
        LocalDate fixedDate = null;
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--from=")) {
                from = Path.of(value);
            } else if (arg.startsWith("--to=")) {
                to = Path.of(value);
            } else if (arg.startsWith("--count=")) {
                count = Long.parseLong(value.replace("_", ""));
            } else if (arg.startsWith("--first=")) {
                first = Long.parseLong(value.replace("_", ""));
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(value);
            } else if (arg.startsWith("--start=")) {
                start = LocalDate.parse(value);
            } else if (arg.startsWith("--per-day=")) {
                perDay = Integer.parseInt(value);
            } else if (arg.startsWith("--date=")) {
                fixedDate = LocalDate.parse(value);
            } else {
                usage("unknown option " + arg);
            }
        }
        if (to == null || count < 0) {
            usage("--to and --count are required");
        }
        List<Source> sources = readSources(from);
        if (sources.isEmpty()) {
            usage("no article with a title, date, URL and body under " + from);
        }
        long t0 = System.nanoTime();
        long written = 0;
        Path lastFolder = null;
        for (long i = first; i < first + count; i++) {
            LocalDate date = fixedDate != null ? fixedDate : start.plusDays(i / perDay);
            Source source = sources.get((int) Long.remainderUnsigned(mix(seed, i), sources.size()));
            Path folder = to.resolve(date.format(DAY_FOLDER));
            if (!folder.equals(lastFolder)) {
                Files.createDirectories(folder);
                lastFolder = folder;
            }
            byte[] head = (source.title + "\n" + date.format(LINE_DATE) + "\n"
                    + "https://" + source.host + "/bench/" + i + source.path + "\n").getBytes(StandardCharsets.UTF_8);
            Path file = folder.resolve(String.format(Locale.ROOT, "%08d_%016x.txt", i, mix(seed, i)));
            if (Files.exists(file) && Files.size(file) == head.length + source.body.length) {
                continue;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(head);
                out.write(source.body);
            }
            written++;
            if (written % 100_000 == 0) {
                System.err.printf("%,d files written (%.0f files/s)%n", written,
                        written / ((System.nanoTime() - t0) / 1e9));
            }
        }
        System.err.printf("%,d files written, %,d already there, under %s in %.1f s%n", written, count - written, to,
                (System.nanoTime() - t0) / 1e9);
    }

    /** The real articles, in path order, that have a title, a date line, an http(s) URL and a body. */
    private static List<Source> readSources(Path from) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            String[] lines = text.split("\r?\n", 4);
            if (lines.length < 4 || lines[3].isBlank() || !lines[2].matches("https?://[^/\\s]+.*")) {
                continue;
            }
            String url = lines[2].trim();
            int hostStart = url.indexOf("://") + 3;
            int pathStart = url.indexOf('/', hostStart);
            String host = pathStart < 0 ? url.substring(hostStart) : url.substring(hostStart, pathStart);
            String path = pathStart < 0 ? "/" : url.substring(pathStart);
            sources.add(new Source(lines[0].replace("\uFEFF", ""), host, path,
                    lines[3].getBytes(StandardCharsets.UTF_8)));
        }
        return sources;
    }

    /** SplitMix64 of (seed, i): which source article and the file name's suffix. */
    private static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void usage(String problem) {
        System.err.println("error: " + problem);
        System.err.println("usage: java bench/GenerateCorpus.java --to=DIR --count=N [--from=DIR] [--first=K] [--seed=S]"
                + " [--start=YYYY-MM-DD] [--per-day=N] [--date=YYYY-MM-DD]");
        System.exit(2);
    }
}
