package org.recognitionetl.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/** Counts what a run did from the stamps it left in {@code source_files}; restart-safe because it reads the store. */
public class RunReportBuilder {
    private final JdbcTemplate jdbc;

    public RunReportBuilder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param seconds    wall time of this execution
     * @param executions executions of the run so far, this one included
     */
    public RunReport build(long run, Map<String, Long> rows, double seconds, int executions) {
        Map<String, Long> files = new LinkedHashMap<>();
        // unchanged files are not stamped one by one: discovery records how many files the walk saw
        long seen = count("SELECT COALESCE(MAX(seen), 0) FROM discovered_runs WHERE run = ?", run);
        long fresh = count("SELECT COUNT(*) FROM source_files WHERE first_seen_run = ?", run);
        long changed = count("""
                SELECT COUNT(*) FROM source_files WHERE changed_run = ? AND first_seen_run <> ?""", run, run);
        long reanalysed = count("""
                SELECT COUNT(*) FROM source_files
                WHERE processed_run = ? AND first_seen_run <> ? AND COALESCE(changed_run, -1) <> ? AND status = 'IMPORTED'""",
                run, run, run);
        files.put("seen", seen);
        files.put("new", fresh);
        files.put("changed", changed);
        files.put("unchanged", seen - fresh - changed);
        files.put("reanalysed", reanalysed);
        files.put("missing", count("SELECT COUNT(*) FROM source_files WHERE status = 'MISSING'"));
        long imported = count("SELECT COUNT(*) FROM source_files WHERE processed_run = ? AND status = 'IMPORTED'", run);
        return new RunReport(run, files, rejects(run), rejects(null), rows, imported, seconds, executions);
    }

    private Map<String, Long> rejects(Long run) {
        Map<String, Long> byReason = new TreeMap<>();
        String sql = "SELECT r.reason, COUNT(*) FROM rejects r JOIN source_files f ON f.file_id = r.file_id"
                + (run == null ? "" : " WHERE f.processed_run = ?") + " GROUP BY r.reason";
        Object[] args = run == null ? new Object[0] : new Object[] {run};
        jdbc.query(sql, rs -> {
            byReason.put(rs.getString(1), rs.getLong(2));
        }, args);
        return byReason;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
