package org.recognitionetl.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.recognitionetl.store.FileStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The known files of a run that passes unchanged folders over, read folder by folder instead of
 * the whole staging table (over a million files that read was most of a night's discover step):
 * the rows of the files the walk finds, looked up by key, and at the end the rows of the folders it
 * listed or no longer found, looked up by path.
 *
 * <p>What it does not read it accounts for by count. Every known file that is not missing lies in
 * one of three places: among the files found, in a folder passed over (as many as the last complete
 * walk found there, since the folder's time is unchanged), or among the files of the folders looked
 * up that the walk did not find. When the three add up to the table's count of files not missing,
 * those last are exactly the files to mark missing. When they do not (a file in a folder with
 * subfolders that is gone, a root not given this time, a store older than the counts), the caller
 * reads the whole table, as a run without the option does.
 */
final class FolderScope {
    private final JdbcTemplate jdbc;
    private final String analysisVersion;
    private final Set<Long> duplicateRejects;
    /** Files not missing when the walk began. */
    private final long notMissingAtStart;
    private long[] found = new long[1024];
    private int foundCount;
    /** Files found that were known and not missing. */
    private long foundKnown;
    private long rowsRead;

    private FolderScope(JdbcTemplate jdbc, String analysisVersion, Set<Long> duplicateRejects, long notMissingAtStart) {
        this.jdbc = jdbc;
        this.analysisVersion = analysisVersion;
        this.duplicateRejects = duplicateRejects;
        this.notMissingAtStart = notMissingAtStart;
    }

    /** Before the walk writes anything: counts the files not missing (two index counts, no row read). */
    static FolderScope begin(JdbcTemplate jdbc, String analysisVersion) {
        Long all = jdbc.queryForObject("SELECT COUNT(*) FROM source_files", Long.class);
        Long missing = jdbc.queryForObject("SELECT COUNT(*) FROM source_files WHERE status = 'MISSING'", Long.class);
        return new FolderScope(jdbc, analysisVersion, KnownFiles.duplicateRejects(jdbc), all - missing);
    }

    /** What the table knows of a chunk of files the walk found (given by file ID); remembers them as found. */
    KnownFiles lookUp(List<String> fileIds) {
        KnownFiles known = KnownFiles.ofFiles(jdbc, analysisVersion, duplicateRejects, fileIds);
        rowsRead += known.size();
        for (String id : fileIds) {
            if (foundCount == found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[foundCount++] = KnownFiles.parseId(id);
            int index = known.indexOf(id);
            if (index >= 0 && known.status(index) != FileStatus.MISSING) {
                foundKnown++;
            }
        }
        return known;
    }

    /**
     * After a complete walk: the known files not missing that it did not find, if the counts prove
     * there are no others; empty if the whole table must be read to tell.
     */
    Optional<List<String>> unseen(FolderTimes folders) {
        long skipped = folders.skippedFiles();
        if (skipped < 0) {
            return Optional.empty();
        }
        long[] sortedFound = Arrays.copyOf(found, foundCount);
        Arrays.sort(sortedFound);
        List<String> unseen = new ArrayList<>();
        for (FolderTimes.Folder folder : folders.listedOrGone()) {
            // the path key's index: the files under the folder, of which those directly in it count
            String prefix = folder.relative().isEmpty() ? "" : folder.relative() + "/";
            RowCallbackHandler row = rs -> {
                rowsRead++;
                String file = rs.getString(2);
                if (file.indexOf('/', prefix.length()) < 0 && !FileStatus.MISSING.name().equals(rs.getString(3))
                        && Arrays.binarySearch(sortedFound, KnownFiles.parseId(rs.getString(1))) < 0) {
                    unseen.add(rs.getString(1));
                }
            };
            if (prefix.isEmpty()) {
                jdbc.query("SELECT file_id, source_file, status FROM source_files WHERE source_root = ?", row,
                        folder.root());
            } else {
                // '/' + 1 ends the range of paths under the folder
                jdbc.query("""
                        SELECT file_id, source_file, status FROM source_files
                        WHERE source_root = ? AND source_file > ? AND source_file < ?""", row,
                        folder.root(), prefix, folder.relative() + (char) ('/' + 1));
            }
        }
        if (foundKnown + skipped + unseen.size() != notMissingAtStart) {
            return Optional.empty();
        }
        unseen.sort(null);
        return Optional.of(unseen);
    }

    /**
     * The files rejected as duplicates in the folders passed over (given by {@link KnownFiles#folderKey}):
     * their URL's keeper may have gone, so they are read again, as in a run that lists them.
     */
    List<String> duplicateRejectsIn(Set<Long> folderKeys) {
        List<String> again = new ArrayList<>();
        for (long id : duplicateRejects) {
            String fileId = KnownFiles.formatId(id);
            jdbc.query("SELECT source_root, source_file, status FROM source_files WHERE file_id = ?", rs -> {
                rowsRead++;
                if (FileStatus.REJECTED.name().equals(rs.getString(3)) && folderKeys.contains(
                        KnownFiles.folderKey(rs.getString(1), KnownFiles.folderOf(rs.getString(2))))) {
                    again.add(fileId);
                }
            }, fileId);
        }
        again.sort(null);
        return again;
    }

    /** After reading the whole table instead: marks the files this walk found as seen in it. */
    void markFoundSeen(KnownFiles all) {
        for (int i = 0; i < foundCount; i++) {
            int index = all.indexOf(found[i]);
            if (index >= 0) {
                all.markSeen(index);
            }
        }
    }

    long rowsRead() {
        return rowsRead;
    }
}
