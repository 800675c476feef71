package org.recognitionetl.cli;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the user reads when a run fails: the cause, in one line, and what to do. A failed job's
 * exit description is often empty (a partitioned step's failure stays on the partition), so the
 * cause comes from the execution's failure exceptions. Running out of heap gets advice of its own:
 * it is the failure a bulk import with a small {@code -Xmx} and a large {@code --chunk-size} meets,
 * and H2 reports it wrapped in exceptions whose messages name neither the heap nor the chunk.
 */
final class FailureMessage {
    private static final String RESUME = "Fix the cause and run the same command again: it resumes where it stopped.";

    private FailureMessage() {
    }

    /**
     * @param status          the run's final status, as the user should read it ("failed")
     * @param failures        the execution's failure exceptions, job and steps
     * @param exitDescription the job's exit description, used when no exception was recorded
     * @param maxHeapBytes    the JVM's heap limit
     * @param chunkSize       the run's {@code --chunk-size}
     */
    static String forRun(String status, List<Throwable> failures, String exitDescription, long maxHeapBytes,
                         int chunkSize) {
        for (Throwable failure : failures) {
            if (outOfMemory(failure)) {
                return outOfMemory(maxHeapBytes, chunkSize);
            }
        }
        String cause = failures.isEmpty() ? exitDescription : describe(failures.get(0));
        if (cause == null || cause.isBlank()) {
            cause = "no cause was recorded; the log above shows the errors";
        }
        return "the run " + status + ": " + cause.strip() + "\n" + RESUME;
    }

    /** For an exception that ended the run outside the job (opening the store, publishing, closing). */
    static String forException(Throwable e, long maxHeapBytes, int chunkSize) {
        return outOfMemory(e) ? outOfMemory(maxHeapBytes, chunkSize) : describe(e);
    }

    static String outOfMemory(long maxHeapBytes, int chunkSize) {
        int smaller = Math.max(1, chunkSize / 2);
        return String.format(Locale.ROOT, "the run ran out of memory: the Java heap (at most %,d MB) could not hold "
                + "a chunk of %,d files while it was analysed and written. That chunk was rolled back; the files "
                + "imported before it are kept.%nRun the same command again with a smaller --chunk-size (say %d) or "
                + "with more heap (java -Xmx1g -jar ...): it resumes where it stopped.",
                maxHeapBytes >> 20, chunkSize, smaller);
    }

    /** The exception's message with its root cause's, one line. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? message : e.getMessage() + " (cause: " + message + ")";
    }

    /**
     * True when the chain holds an {@link OutOfMemoryError}, or an exception that only names one in
     * its message: H2 turns the error into the text of an SQL exception ("IO Exception: ...
     * java.lang.OutOfMemoryError: Capacity ...") and later ones say only that the database closed.
     */
    static boolean outOfMemory(Throwable e) {
        // H2's exceptions suppress each other in circles: walk causes and suppressed ones once each
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(e));
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof OutOfMemoryError || (t.getMessage() != null && t.getMessage().contains("OutOfMemoryError"))) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }
}
