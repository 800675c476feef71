package org.recognitionetl.job;

import java.io.PrintStream;

/**
 * What the user sees: results on standard output, progress and warnings on standard error, so
 * that a cron job can keep the summary and drop the progress lines. On a terminal the import's
 * progress is a bar redrawn in place; any other output first ends the bar's line.
 */
public class ConsoleOutput {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean progress;
    private final boolean terminal;
    private boolean barShown;
    private int barLength;

    public ConsoleOutput(PrintStream out, PrintStream err, boolean progress) {
        this(out, err, progress, false);
    }

    /** @param terminal standard error is a terminal, where a carriage return redraws the line */
    public ConsoleOutput(PrintStream out, PrintStream err, boolean progress, boolean terminal) {
        this.out = out;
        this.err = err;
        this.progress = progress;
        this.terminal = terminal;
    }

    /** Whether progress is shown as a bar redrawn in place. */
    public boolean terminal() {
        return terminal && progress;
    }

    public synchronized void info(String line) {
        endBar();
        out.println(line);
        out.flush();
    }

    public synchronized void warn(String line) {
        endBar();
        err.println("warning: " + line);
        err.flush();
    }

    public synchronized void error(String line) {
        endBar();
        err.println("error: " + line);
        err.flush();
    }

    public synchronized void progress(String line) {
        if (progress) {
            endBar();
            err.println(line);
            err.flush();
        }
    }

    /** Redraws the bar over the previous one (spaces wipe what a longer bar left). */
    public synchronized void progressBar(String bar) {
        if (!progress) {
            return;
        }
        String padding = " ".repeat(Math.max(0, barLength - bar.length()));
        err.print("\r" + bar + padding);
        err.flush();
        barShown = true;
        barLength = bar.length();
    }

    private void endBar() {
        if (barShown) {
            err.println();
            barShown = false;
            barLength = 0;
        }
    }
}
