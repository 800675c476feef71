package org.recognitionetl.job;

import java.io.PrintStream;

/**
 * What the user sees: results on standard output, progress and warnings on standard error, so
 * that a cron job can keep the summary and drop the progress lines.
 */
public class ConsoleOutput {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean progress;

    public ConsoleOutput(PrintStream out, PrintStream err, boolean progress) {
        this.out = out;
        this.err = err;
        this.progress = progress;
    }

    public void info(String line) {
        out.println(line);
        out.flush();
    }

    public void warn(String line) {
        err.println("warning: " + line);
        err.flush();
    }

    public void error(String line) {
        err.println("error: " + line);
        err.flush();
    }

    public void progress(String line) {
        if (progress) {
            err.println(line);
            err.flush();
        }
    }
}
