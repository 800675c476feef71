package org.recognitionetl.cli;

/** The process exit codes, as documented in the README. */
public enum ExitCode {
    /** The run completed; rejected files are reported, not failures. */
    COMPLETED(0),
    /** The run failed; the message says why. Running the same command again resumes it. */
    FAILED(1),
    /** The command line is wrong, or an input directory cannot be read. */
    USAGE(2),
    /** Another run holds the output directory; nothing was changed. */
    LOCKED(3),
    /** The run was stopped at a chunk boundary (jobOperator stop); running the same command again resumes it. */
    STOPPED(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
