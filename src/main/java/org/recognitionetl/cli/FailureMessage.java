package org.recognitionetl.cli;

import java.util.List;
import java.util.Optional;

import org.recognitionetl.cli.KnownCause.RunLimits;

/**
 * What the user reads when a run fails: the cause, in one line, and what to do. A failed job's
 * exit description is often empty (a partitioned step's failure stays on the partition), so the
 * cause comes from the execution's failure exceptions. A {@link KnownCause} (out of heap, out of
 * disk) gets its own advice, since H2 reports both wrapped in exceptions whose messages name
 * neither.
 */
final class FailureMessage {
    private static final String RESUME = "Fix the cause and run the same command again: it resumes where it stopped.";

    private FailureMessage() {
    }

    /**
     * @param status          the run's final status, as the user should read it ("failed")
     * @param failures        the execution's failure exceptions, job and steps
     * @param exitDescription the job's exit description, used when no exception was recorded
     * @param limits          the run's heap, chunk size and output, for the advice
     */
    static String forRun(String status, List<Throwable> failures, String exitDescription, RunLimits limits) {
        for (Throwable failure : failures) {
            Optional<KnownCause> known = KnownCause.of(failure);
            if (known.isPresent()) {
                return known.get().advice(limits);
            }
        }
        String cause = failures.isEmpty() ? exitDescription : describe(failures.get(0));
        if (cause == null || cause.isBlank()) {
            cause = "no cause was recorded; the log above shows the errors";
        }
        return "the run " + status + ": " + cause.strip() + "\n" + RESUME;
    }

    /** For an exception that ended the run outside the job (opening the store, publishing, closing). */
    static String forException(Throwable e, RunLimits limits) {
        return KnownCause.of(e).map(known -> known.advice(limits)).orElseGet(() -> describe(e));
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
}
