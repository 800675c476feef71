package org.recognitionetl.export;

import java.util.Map;

/**
 * What a run did, as written to {@code OUTPUT/report.json} and summarised on the console.
 *
 * @param run             the run number (the job instance's {@code run.id})
 * @param files           files seen this run: seen, new, changed, unchanged, reanalysed, missing
 * @param rejectsThisRun  files rejected by this run, per reason code
 * @param rejectsTotal    rejects in the store, per reason code
 * @param rows            rows per published table
 * @param importedThisRun articles written by this run
 * @param seconds         wall time of this execution of the run
 * @param executions      executions of the run: more than 1 when it was resumed after a failure or a
 *                        stop, and then {@code seconds} covers only the last one
 */
public record RunReport(
        long run,
        Map<String, Long> files,
        Map<String, Long> rejectsThisRun,
        Map<String, Long> rejectsTotal,
        Map<String, Long> rows,
        long importedThisRun,
        double seconds,
        int executions) {

    /** Whether the run was resumed: its articles were imported over several executions. */
    public boolean resumed() {
        return executions > 1;
    }

    /** Articles per second, or NaN for a resumed run, whose articles the last execution's time does not cover. */
    public double articlesPerSecond() {
        if (resumed()) {
            return Double.NaN;
        }
        return seconds <= 0 ? 0 : importedThisRun / seconds;
    }

    /** The closing summary printed on the console. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("files: %,d seen, %,d new, %,d changed, %,d unchanged, %,d re-analysed, %,d missing%n",
                files.get("seen"), files.get("new"), files.get("changed"), files.get("unchanged"),
                files.get("reanalysed"), files.get("missing")));
        out.append(String.format("rejected this run: %,d%s%n", rejectsThisRun.values().stream().mapToLong(Long::longValue).sum(),
                rejectsThisRun.isEmpty() ? "" : " " + rejectsThisRun));
        out.append("rows: ");
        out.append(String.join(", ", rows.entrySet().stream()
                .map(e -> String.format("%s %,d", e.getKey(), e.getValue())).toList()));
        if (resumed()) {
            out.append(String.format("%ntime: %.1f s in the last of %d executions of run %d (resumed: no rate), "
                    + "%,d articles imported by the run%n", seconds, executions, run, importedThisRun));
        } else {
            out.append(String.format("%ntime: %.1f s, %,d articles imported, %.0f articles/s%n", seconds,
                    importedThisRun, articlesPerSecond()));
        }
        return out.toString();
    }
}
