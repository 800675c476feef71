package org.recognitionetl.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.recognitionetl.article.ArticleIds;
import org.recognitionetl.store.FileStatus;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Records a chunk of discovered files in {@code source_files}: new files, changed files (size or
 * modification time differ), files whose article an older analysis produced, and files rejected
 * as duplicates (whose winner may have gone) become PENDING; every other file keeps its state.
 * Each file seen is stamped with the run, so that files not seen can be marked missing afterwards.
 */
public class DiscoveryWriter implements ItemWriter<DiscoveredFile> {
    private final NamedParameterJdbcTemplate jdbc;
    private final long run;
    private final String analysisVersion;

    public DiscoveryWriter(NamedParameterJdbcTemplate jdbc, long run, String analysisVersion) {
        this.jdbc = jdbc;
        this.run = run;
        this.analysisVersion = analysisVersion;
    }

    /** What a run does with a discovered file. */
    public enum Decision { NEW, IMPORT_AGAIN, KEEP }

    /** A discovered file with its ID and what the run does with it. */
    public record Classified(String fileId, DiscoveredFile file, Decision decision, String previousStatus) {
    }

    /** Compares a chunk of discovered files with the staging table, in file_id order; changes nothing. */
    public List<Classified> classify(List<? extends DiscoveredFile> files) {
        Map<String, DiscoveredFile> byId = new TreeMap<>();
        for (DiscoveredFile file : files) {
            byId.put(ArticleIds.hash16(file.sourceRoot(), file.sourceFile()), file);
        }
        Map<String, Known> known = new HashMap<>();
        if (!byId.isEmpty()) {
            jdbc.query("""
                    SELECT f.file_id, f.size_bytes, f.modified_millis, f.status, f.analysis_version, r.reason
                    FROM source_files f LEFT JOIN rejects r ON r.file_id = f.file_id
                    WHERE f.file_id IN (:ids)""",
                    Map.of("ids", byId.keySet()),
                    rs -> {
                        known.put(rs.getString(1), new Known(rs.getLong(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)));
                    });
        }
        List<Classified> out = new ArrayList<>();
        byId.forEach((id, file) -> {
            Known before = known.get(id);
            Decision decision = before == null ? Decision.NEW
                    : needsImport(before, file) ? Decision.IMPORT_AGAIN : Decision.KEEP;
            out.add(new Classified(id, file, decision, before == null ? null : before.status));
        });
        return out;
    }

    @Override
    public void write(Chunk<? extends DiscoveredFile> chunk) {
        List<SqlParameterSource> inserts = new ArrayList<>();
        List<SqlParameterSource> requeues = new ArrayList<>();
        List<SqlParameterSource> stamps = new ArrayList<>();
        for (Classified classified : classify(chunk.getItems())) {
            DiscoveredFile file = classified.file();
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("id", classified.fileId())
                    .addValue("root", file.sourceRoot())
                    .addValue("file", file.sourceFile())
                    .addValue("size", file.sizeBytes())
                    .addValue("modified", file.modifiedMillis())
                    .addValue("run", run);
            switch (classified.decision()) {
                case NEW -> inserts.add(params);
                case IMPORT_AGAIN -> requeues.add(params);
                case KEEP -> stamps.add(params);
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO source_files (file_id, source_root, source_file, size_bytes, modified_millis,
                                              status, first_seen_run, seen_run)
                    VALUES (:id, :root, :file, :size, :modified, 'PENDING', :run, :run)""",
                    inserts.toArray(SqlParameterSource[]::new));
        }
        if (!requeues.isEmpty()) {
            jdbc.batchUpdate("""
                    UPDATE source_files SET size_bytes = :size, modified_millis = :modified,
                                            status = 'PENDING', seen_run = :run
                    WHERE file_id = :id""", requeues.toArray(SqlParameterSource[]::new));
        }
        if (!stamps.isEmpty()) {
            jdbc.batchUpdate("UPDATE source_files SET seen_run = :run WHERE file_id = :id",
                    stamps.toArray(SqlParameterSource[]::new));
        }
    }

    private boolean needsImport(Known before, DiscoveredFile now) {
        if (before.sizeBytes != now.sizeBytes() || before.modifiedMillis != now.modifiedMillis()) {
            return true;
        }
        return switch (FileStatus.valueOf(before.status)) {
            case PENDING, MISSING -> true;
            case IMPORTED -> !analysisVersion.equals(before.analysisVersion);
            case REJECTED -> "DUPLICATE_URL".equals(before.rejectReason);
        };
    }

    private record Known(long sizeBytes, long modifiedMillis, String status, String analysisVersion,
                         String rejectReason) {
    }
}
