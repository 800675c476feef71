package org.recognitionetl.evaluate;

/**
 * Why an evaluation could not run or could not be scored; the message says what happened, where,
 * and what to do. A usage error is a path the user gave (or the defaults found) that is not
 * there; anything else is a failure of the environment (python3) or of the scorer.
 */
public final class EvaluationException extends Exception {
    private final boolean usageError;

    private EvaluationException(String message, boolean usageError) {
        super(message);
        this.usageError = usageError;
    }

    static EvaluationException usage(String message) {
        return new EvaluationException(message, true);
    }

    static EvaluationException failure(String message) {
        return new EvaluationException(message, false);
    }

    public boolean usageError() {
        return usageError;
    }
}
