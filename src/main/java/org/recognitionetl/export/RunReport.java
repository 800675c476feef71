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
 * @param seconds         wall time of the run so far
 */
public record RunReport(
        long run,
        Map<String, Long> files,
        Map<String, Long> rejectsThisRun,
        Map<String, Long> rejectsTotal,
        Map<String, Long> rows,
        long importedThisRun,
        double seconds) {

    public double articlesPerSecond() {
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
        out.append(String.format("%ntime: %.1f s, %,d articles imported, %.0f articles/s%n", seconds, importedThisRun,
                articlesPerSecond()));
        return out.toString();
    }
}
