package org.recognitionetl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Root causes a user meets on large runs, each with what to do about it. H2 reports them wrapped in
 * exceptions whose messages say only that "the database has been closed", so each is recognised
 * anywhere in the chain: causes and suppressed exceptions, by type or by the text H2 copied into
 * its own messages.
 */
enum KnownCause {
    /** A bulk import with a small -Xmx and a large --chunk-size. */
    OUT_OF_MEMORY(t -> t instanceof OutOfMemoryError || mentions(t, "OutOfMemoryError")) {
        @Override
        String advice(RunLimits limits) {
            int smaller = Math.max(1, limits.chunkSize() / 2);
            return String.format(Locale.ROOT, "the run ran out of memory: the Java heap (at most %,d MB) could not "
                    + "hold a chunk of %,d files while it was analysed and written. That chunk was rolled back; the "
                    + "files imported before it are kept.%nRun the same command again with a smaller --chunk-size "
                    + "(say %d) or with more heap (java -Xmx1g -jar ...): it resumes where it stopped.",
                    limits.maxHeapBytes() >> 20, limits.chunkSize(), smaller);
        }
    },
    /** The store file between compactions, or the CSV and SQL files with their new copies, filled the disk. */
    DISK_FULL(t -> mentions(t, "No space left on device") || mentions(t, "not enough space on the disk")) {
        @Override
        String advice(RunLimits limits) {
            return String.format(Locale.ROOT, "the run ran out of disk space: the disk holding %s is full (%s free "
                    + "now). The transaction being written was rolled back; everything committed before it is kept."
                    + "%nFree space on that disk and run the same command again: it resumes where it stopped. The "
                    + "store file (db/recognition.mv.db) grows to several times its live data between compactions, "
                    + "and each CSV and SQL file is written whole beside the old one before it replaces it; a smaller "
                    + "--compact-every keeps the store file smaller during a bulk import.",
                    limits.output(), freeSpace(limits.output()));
        }
    };

    private final Predicate<Throwable> matches;

    KnownCause(Predicate<Throwable> matches) {
        this.matches = matches;
    }

    /** What the user should read when this cause ended the run. */
    abstract String advice(RunLimits limits);

    /** The first known cause found in the exception's chain, causes and suppressed exceptions included. */
    static Optional<KnownCause> of(Throwable e) {
        for (KnownCause cause : values()) {
            if (cause.foundIn(e)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    boolean foundIn(Throwable e) {
        // H2's exceptions suppress each other in circles: walk causes and suppressed ones once each
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(e));
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (matches.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    private static boolean mentions(Throwable t, String text) {
        return t.getMessage() != null && t.getMessage().contains(text);
    }

    private static String freeSpace(Path output) {
        Path existing = output.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "unknown space";
        }
        try {
            long bytes = Files.getFileStore(existing).getUsableSpace();
            return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                    : String.format(Locale.ROOT, "%,d MB", bytes >> 20);
        } catch (IOException e) {
            return "unknown space";
        }
    }

    /** What the advice may name: the run's heap, chunk size and output directory. */
    record RunLimits(long maxHeapBytes, int chunkSize, Path output) {
        static RunLimits ofThisJvm(int chunkSize, Path output) {
            return new RunLimits(Runtime.getRuntime().maxMemory(), chunkSize, output);
        }
    }
}
