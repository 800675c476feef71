package org.recognitionetl.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes the run report as {@code OUTPUT/report.json}. */
public final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static void write(RunReport report, String status, Path target) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", status);
        json.put("run", report.run());
        json.put("files", report.files());
        json.put("rejects_this_run", report.rejectsThisRun());
        json.put("rejects_total", report.rejectsTotal());
        json.put("rows", report.rows());
        json.put("articles_imported", report.importedThisRun());
        json.put("seconds", Math.round(report.seconds() * 1000) / 1000.0);
        json.put("executions", report.executions());
        // a resumed run's rate would divide all its articles by its last execution's time
        json.put("articles_per_second", report.resumed() ? null : Math.round(report.articlesPerSecond() * 10) / 10.0);
        AtomicFile.write(target, writer -> JSON.writeValue(writer, json));
    }
}
