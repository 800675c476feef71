package org.recognitionetl.job;

import java.util.Locale;

import org.recognitionetl.store.MergeProgress;

/**
 * How the progress of long runs reads (the import's files, the full publish's merge of speakers):
 * a bar redrawn in place on a terminal, or a line per report in a log. Pure functions of the
 * counts, so they are tested without clocks.
 *
 * @param done           files finished (all partitions together)
 * @param total          files pending when the import started
 * @param filesPerSecond rate since the import started
 */
public record ProgressText(long done, long total, double filesPerSecond) {
    static final int BAR_WIDTH = 30;

    /** Percent done, rounded down, never above 100 (files re-read in the second pass count again). */
    public int percent() {
        if (total <= 0) {
            return 100;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    /** Seconds left at the current rate, or -1 while there is no rate yet. */
    public long secondsLeft() {
        if (!(filesPerSecond > 0)) {
            return -1;
        }
        return Math.round(Math.max(0, total - done) / filesPerSecond);
    }

    /** {@code [#########.....] 42% 6,532/15,565 files, 2,480 files/s, 4 s left}. */
    public String bar() {
        int filled = total <= 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%d%% %,d/%,d files, %,.0f files/s, %s left", percent(), done, total,
                filesPerSecond, duration(secondsLeft()));
    }

    /** {@code import: 6,532 of 15,565 files (42%), 2,480 files/s, about 4 s left}: one line of a log. */
    public String line() {
        return String.format(Locale.ROOT, "import: %,d of %,d files (%d%%), %,.0f files/s, about %s left", done, total,
                percent(), filesPerSecond, duration(secondsLeft()));
    }

    /**
     * {@code publish: merging speakers: 1,200 of 4,800 names, 250,000 of 1,000,000 mentions (25%),
     * 9,000 articles re-pointed, about 3 min 00 s left}: the full publish's merge, whose time left
     * comes from the share of mentions merged in the seconds so far.
     */
    static String mergeLine(MergeProgress done, double seconds) {
        double fraction = done.fraction();
        long left = fraction > 0 ? Math.round(seconds * (1 - fraction) / fraction) : -1;
        return String.format(Locale.ROOT, "publish: merging speakers: %,d of %,d names, %,d of %,d mentions (%d%%), "
                + "%,d articles re-pointed, about %s left", done.names(), done.namesTotal(), done.mentions(),
                done.mentionsTotal(), (int) (fraction * 100), done.articlesRepointed(), duration(left));
    }

    /** {@code publish: csv/quotes.csv written, 1,442,761 rows in 12 s}: a full publish's files, one by one. */
    static String fileLine(String file, long rows, double seconds) {
        return String.format(Locale.ROOT, "publish: %s written, %,d rows in %s", file, rows,
                duration(Math.round(seconds)));
    }

    /** {@code 4 s}, {@code 3 min 20 s}, {@code 2 h 05 min}; {@code ?} when unknown. */
    static String duration(long seconds) {
        if (seconds < 0) {
            return "? s";
        }
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, (seconds % 3600) / 60);
    }
}
