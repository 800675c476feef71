package org.recognitionetl.discover;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.recognitionetl.article.ArticleIds;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Records a chunk of discovered files in {@code source_files}: new files, changed files (size or
 * modification time differ), files whose article an older analysis produced, and files rejected
 * as duplicates (whose winner may have gone) become PENDING; every other file keeps its state and
 * costs no write. The files are compared with a snapshot of the staging table taken when the walk
 * began ({@link KnownFiles}), and once the walk has ended, {@link #markUnseenMissing()} marks the
 * known files it did not see as MISSING.
 *
 * <p>A run that passes unchanged folders over, with the analysis of the last complete discovery,
 * reads only what it needs ({@link FolderScope}): the rows of the files the walk finds, and those of
 * the folders it lists. If the counts do not prove that it looked at every known file outside the
 * folders passed over, it reads the whole table at the end, as a run without the option does.
 */
public class DiscoveryWriter implements ItemWriter<DiscoveredFile> {
    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final long run;
    private final String analysisVersion;
    private final FolderTimes folderTimes;
    private KnownFiles known;
    /** Set when this run reads the known files folder by folder; decided at the first chunk. */
    private FolderScope scope;
    private boolean decided;
    private long seen;
    private final Set<Long> passedOver = new HashSet<>();

    public DiscoveryWriter(NamedParameterJdbcTemplate jdbc, long run, String analysisVersion) {
        this(jdbc, run, analysisVersion, null);
    }

    /** @param folderTimes the walk's folder times, whose passed-over folders this writer accounts for (or null) */
    public DiscoveryWriter(NamedParameterJdbcTemplate jdbc, long run, String analysisVersion, FolderTimes folderTimes) {
        this.jdbc = jdbc;
        this.run = run;
        this.analysisVersion = analysisVersion;
        this.folderTimes = folderTimes;
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
        KnownFiles known = scoped() ? scope.lookUp(new ArrayList<>(byId.keySet())) : known();
        List<Classified> out = new ArrayList<>();
        byId.forEach((id, file) -> {
            int index = known.indexOf(id);
            if (index < 0) {
                out.add(new Classified(id, file, Decision.NEW, null));
                return;
            }
            known.markSeen(index);
            Decision decision = known.needsImport(index, file) ? Decision.IMPORT_AGAIN : Decision.KEEP;
            out.add(new Classified(id, file, decision, known.status(index).name()));
        });
        return out;
    }

    @Override
    public void write(Chunk<? extends DiscoveredFile> chunk) {
        collectPassedOverFolders();
        List<SqlParameterSource> inserts = new ArrayList<>();
        List<SqlParameterSource> requeues = new ArrayList<>();
        for (Classified classified : classify(chunk.getItems())) {
            seen++;
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
                case KEEP -> { }
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
    }

    /**
     * After a complete walk: marks the known files that it did not see as MISSING (their articles
     * stay) and records how many files the run saw. Run again after a restart, it walks again, so
     * both are right whenever the walk completes.
     *
     * @return how many files were newly marked missing
     */
    public int markUnseenMissing() {
        List<String> unseen = null;
        if (scoped()) {
            collectPassedOverFolders();
            unseen = scope.unseen(folderTimes).orElse(null);
            if (unseen != null) {
                seen += folderTimes.skippedFiles();
                requeue(scope.duplicateRejectsIn(passedOver));
                passedOver.clear();
            } else {
                // the counts do not add up: a file outside the folders looked at; read the whole table
                known = null;
                KnownFiles all = known();
                scope.markFoundSeen(all);
            }
        }
        if (unseen == null) {
            accountForPassedOverFolders();
            unseen = known().unseenNotMissing();
        }
        for (int from = 0; from < unseen.size(); from += BATCH) {
            List<Object[]> ids = unseen.subList(from, Math.min(unseen.size(), from + BATCH)).stream()
                    .map(id -> new Object[] {id}).toList();
            jdbc.getJdbcTemplate().batchUpdate(
                    "UPDATE source_files SET status = 'MISSING' WHERE file_id = ? AND status <> 'MISSING'", ids);
        }
        jdbc.getJdbcTemplate().update("MERGE INTO discovered_runs (run, seen) KEY (run) VALUES (?, ?)", run, seen);
        // every imported file of an older analysis is pending now: the next run may trust the folders' files
        jdbc.getJdbcTemplate().update("MERGE INTO discovery_state (id, analysis_version) KEY (id) VALUES (1, ?)",
                analysisVersion);
        return unseen.size();
    }

    /**
     * How many rows of the staging table this run has read to compare the files with: the whole
     * table, or with unchanged folders passed over, the rows of the files and folders it looked at.
     */
    public long knownRowsRead() {
        return (known == null ? 0 : known.size()) + (scope == null ? 0 : scope.rowsRead());
    }

    /**
     * Whether this run reads the known files folder by folder: it passes unchanged folders over, and
     * the last complete discovery ran the same analysis, so no file in a folder passed over holds an
     * article of an older one. Decided once, before the first chunk writes anything.
     */
    private boolean scoped() {
        if (!decided) {
            decided = true;
            if (folderTimes != null && folderTimes.skips()) {
                List<String> last = jdbc.getJdbcTemplate().queryForList(
                        "SELECT analysis_version FROM discovery_state WHERE id = 1", String.class);
                if (last.equals(List.of(analysisVersion))) {
                    scope = FolderScope.begin(jdbc.getJdbcTemplate(), analysisVersion);
                }
            }
        }
        return scope != null;
    }

    /**
     * Notes the folders the walk passed over since the last call; their known files are accounted
     * for once the walk has ended ({@link #markUnseenMissing()}), in one pass over the known files.
     */
    private void collectPassedOverFolders() {
        if (folderTimes == null) {
            return;
        }
        for (FolderTimes.Folder folder : folderTimes.drainSkipped()) {
            passedOver.add(KnownFiles.folderKey(folder.root(), folder.relative()));
        }
    }

    /**
     * The known files directly in the folders the walk passed over are seen as they were: they count
     * as seen, are not marked missing, and are read again only if their state asks for it (an older
     * analysis, a lost duplicate-URL contest).
     */
    private void accountForPassedOverFolders() {
        collectPassedOverFolders();
        if (passedOver.isEmpty()) {
            return;
        }
        KnownFiles.Unlisted unlisted = known().markFoldersSeen(passedOver);
        seen += unlisted.files();
        folderTimes.counted(unlisted.filesByFolder());
        requeue(unlisted.readAgain().stream().map(known()::fileId).toList());
        passedOver.clear();
    }

    /** Marks known files pending, to be read again. */
    private void requeue(List<String> fileIds) {
        List<Object[]> requeues = fileIds.stream().map(id -> new Object[] {run, id}).toList();
        for (int from = 0; from < requeues.size(); from += BATCH) {
            jdbc.getJdbcTemplate().batchUpdate("UPDATE source_files SET status = 'PENDING', seen_run = ? WHERE file_id = ?",
                    requeues.subList(from, Math.min(requeues.size(), from + BATCH)));
        }
    }

    private KnownFiles known() {
        if (known == null) {
            known = KnownFiles.load(jdbc.getJdbcTemplate(), analysisVersion, folderTimes != null && folderTimes.skips());
        }
        return known;
    }
}
