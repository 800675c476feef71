package org.recognitionetl.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.recognitionetl.store.FileStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the staging table knew of every file when the walk began, held in primitive arrays sorted by
 * file ID (26 bytes a file: 26 MB for a million files), so that discovery compares each file it finds
 * without a query, writes nothing for an unchanged file, and knows at the end which known files it
 * did not see. A run over a store of a million files thus writes a few rows instead of a million.
 */
final class KnownFiles {
    private static final byte CURRENT_ANALYSIS = 1;
    private static final byte DUPLICATE_REJECT = 2;
    /** Rows per query: below H2's 40,000 rows kept in memory, so no result goes to a temporary file. */
    private static final int PAGE = 20_000;
    private static final FileStatus[] STATUSES = FileStatus.values();
    /** Keys per look-up of {@link #ofFiles}. */
    private static final int LOOKUP_BATCH = 500;

    private final long[] ids;
    private final long[] sizes;
    private final long[] modified;
    private final byte[] statuses;
    private final byte[] flags;
    /** Each file's folder as {@link #folderKey}, or null when loaded without folders. */
    private final long[] folders;
    private final int count;
    private final BitSet seen;

    private KnownFiles(int capacity, boolean withFolders) {
        ids = new long[capacity];
        sizes = new long[capacity];
        modified = new long[capacity];
        statuses = new byte[capacity];
        flags = new byte[capacity];
        folders = withFolders ? new long[capacity] : null;
        seen = new BitSet(capacity);
        count = capacity;
    }

    /**
     * Reads the staging table in its own order and sorts by file ID here: reading in file_id order
     * went through the key's index and fetched every row from a random place in the store, which
     * grows with the store (0.8 s of a nightly run at 100,000 files), while a table scan reads its
     * pages one after the other. The scan goes in pages of row IDs and reads one table: H2 builds a
     * query's whole result before the first row, spilling it to a temporary file beyond 40,000 rows,
     * and looked the rejects of a join up row by row (one query over 119,000 files: 3.3 s; in pages
     * without the join: 0.5-1 s). The few duplicate-URL rejects are read first, on their own.
     */
    static KnownFiles load(JdbcTemplate jdbc, String analysisVersion) {
        return load(jdbc, analysisVersion, PAGE, false);
    }

    /**
     * @param withFolders also keep each file's folder, for {@link #markFoldersSeen}: the path comes
     *                    with the row read anyway, and its folder's key is hashed once per run of
     *                    rows in the same folder (rows are stored in the order the walk found them)
     */
    static KnownFiles load(JdbcTemplate jdbc, String analysisVersion, boolean withFolders) {
        return load(jdbc, analysisVersion, PAGE, withFolders);
    }

    /** With a given page size: tests use a small one to read several pages. */
    static KnownFiles load(JdbcTemplate jdbc, String analysisVersion, int pageSize, boolean withFolders) {
        Set<Long> duplicateRejects = duplicateRejects(jdbc);
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM source_files", Long.class);
        int capacity = rows == null ? 0 : Math.toIntExact(rows);
        KnownFiles known = new KnownFiles(capacity, withFolders);
        int[] n = {0};
        long[] lastRow = {Long.MIN_VALUE};
        String[] lastFolder = {null, null};
        long[] lastKey = {0};
        int inPage;
        do {
            int before = n[0];
            // each row goes straight into the arrays: a million files make no row objects
            jdbc.query("SELECT _ROWID_, file_id, size_bytes, modified_millis, status, analysis_version"
                    + (withFolders ? ", source_root, source_file" : "")
                    + " FROM source_files WHERE _ROWID_ > ? ORDER BY _ROWID_ LIMIT ?", rs -> {
                int i = n[0]++;
                if (i >= capacity) {
                    throw new IllegalStateException("source_files grew while the walk began: run the command again");
                }
                lastRow[0] = rs.getLong(1);
                known.ids[i] = parseId(rs.getString(2));
                known.sizes[i] = rs.getLong(3);
                known.modified[i] = rs.getLong(4);
                known.statuses[i] = (byte) FileStatus.valueOf(rs.getString(5)).ordinal();
                known.flags[i] = flags(analysisVersion.equals(rs.getString(6)), duplicateRejects.contains(known.ids[i]));
                if (withFolders) {
                    String root = rs.getString(7);
                    String file = rs.getString(8);
                    String folder = folderOf(file);
                    if (!root.equals(lastFolder[0]) || !folder.equals(lastFolder[1])) {
                        lastFolder[0] = root;
                        lastFolder[1] = folder;
                        lastKey[0] = folderKey(root, folder);
                    }
                    known.folders[i] = lastKey[0];
                }
            }, lastRow[0], pageSize);
            inPage = n[0] - before;
        } while (inPage == pageSize);
        if (n[0] != capacity) {
            throw new IllegalStateException("source_files changed while the walk began: run the command again");
        }
        return known.sortedById();
    }

    /** The IDs of the files rejected because another file kept their URL: a few, read on their own. */
    static Set<Long> duplicateRejects(JdbcTemplate jdbc) {
        Set<Long> ids = new HashSet<>();
        jdbc.query("SELECT file_id FROM rejects WHERE reason = 'DUPLICATE_URL'", rs -> {
            ids.add(parseId(rs.getString(1)));
        });
        return ids;
    }

    /**
     * What the staging table knows of the given files only (those a chunk of the walk found), each
     * looked up by its key: a night that lists a few folders reads a few rows, not the whole table.
     * Files it does not know are absent, as new files are from {@link #load}.
     */
    static KnownFiles ofFiles(JdbcTemplate jdbc, String analysisVersion, Set<Long> duplicateRejects,
                              List<String> fileIds) {
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < fileIds.size(); from += LOOKUP_BATCH) {
            List<String> batch = fileIds.subList(from, Math.min(fileIds.size(), from + LOOKUP_BATCH));
            jdbc.query("SELECT file_id, size_bytes, modified_millis, status, analysis_version FROM source_files"
                    + " WHERE file_id IN (" + String.join(", ", Collections.nCopies(batch.size(), "?")) + ")",
                    rs -> {
                        rows.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                                rs.getString(5)});
                    }, batch.toArray());
        }
        KnownFiles known = new KnownFiles(rows.size(), false);
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            known.ids[i] = parseId((String) row[0]);
            known.sizes[i] = (Long) row[1];
            known.modified[i] = (Long) row[2];
            known.statuses[i] = (byte) FileStatus.valueOf((String) row[3]).ordinal();
            known.flags[i] = flags(analysisVersion.equals(row[4]), duplicateRejects.contains(known.ids[i]));
        }
        return known.sortedById();
    }

    private static byte flags(boolean currentAnalysis, boolean duplicateReject) {
        return (byte) ((currentAnalysis ? CURRENT_ANALYSIS : 0) | (duplicateReject ? DUPLICATE_REJECT : 0));
    }

    /** How many files this holds. */
    int size() {
        return count;
    }

    /** The same files in file ID order (unsigned, as hex sorts), for the binary search of {@link #indexOf}. */
    private KnownFiles sortedById() {
        // flipping the sign bit turns unsigned order into the signed order Arrays.sort gives
        long[] order = new long[count];
        for (int i = 0; i < count; i++) {
            order[i] = ids[i] ^ Long.MIN_VALUE;
        }
        Arrays.sort(order);
        KnownFiles sorted = new KnownFiles(count, folders != null);
        for (int i = 0; i < count; i++) {
            int at = Arrays.binarySearch(order, ids[i] ^ Long.MIN_VALUE);
            sorted.ids[at] = ids[i];
            sorted.sizes[at] = sizes[i];
            sorted.modified[at] = modified[i];
            sorted.statuses[at] = statuses[i];
            sorted.flags[at] = flags[i];
            if (folders != null) {
                sorted.folders[at] = folders[i];
            }
        }
        return sorted;
    }

    /** A file ID is 16 hex digits (64 bits of SHA-256), so it fits a long; hex order is unsigned order. */
    static long parseId(String fileId) {
        if (fileId.length() != 16) {
            throw new IllegalStateException("source_files holds a file_id that is not 16 hex digits: " + fileId);
        }
        return Long.parseUnsignedLong(fileId, 16);
    }

    /** The index of a known file, or -1 if the file is new. */
    int indexOf(String fileId) {
        return indexOf(parseId(fileId));
    }

    /** The index of a known file given by its ID as a number ({@link #parseId}), or -1 if the file is new. */
    int indexOf(long id) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compareUnsigned(ids[mid], id);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    FileStatus status(int index) {
        return STATUSES[statuses[index]];
    }

    /**
     * Whether a known file must be read again: its size or time changed, it is still pending or was
     * missing, its article came from an older analysis, or it lost a duplicate-URL contest (whose
     * winner may have gone).
     */
    boolean needsImport(int index, DiscoveredFile now) {
        if (sizes[index] != now.sizeBytes() || modified[index] != now.modifiedMillis()) {
            return true;
        }
        FileStatus status = status(index);
        return status == FileStatus.PENDING || status == FileStatus.MISSING || needsImportUnlisted(index);
    }

    /**
     * Whether a known file in a folder the walk passed over (so unchanged as far as the folder's time
     * tells) must be read again: its article came from an older analysis, or it lost a duplicate-URL
     * contest. A pending file is pending already; a missing one stays missing, since its folder has
     * not changed since the walk that did not find it.
     */
    boolean needsImportUnlisted(int index) {
        return switch (status(index)) {
            case PENDING, MISSING -> false;
            case IMPORTED -> (flags[index] & CURRENT_ANALYSIS) == 0;
            case REJECTED -> (flags[index] & DUPLICATE_REJECT) != 0;
        };
    }

    /** A folder's key: its {@link FolderTimes.Folder} ID (root and path from the root) as a number. */
    static long folderKey(String root, String relativeFolder) {
        return parseId(new FolderTimes.Folder(root, relativeFolder, 0).id());
    }

    /**
     * Marks seen the known files directly in the given folders (which the walk passed over), except
     * missing ones, and returns the indexes of those whose state asks for a new read ({@link
     * #needsImportUnlisted}). One pass over the files, whatever the number of folders.
     */
    Unlisted markFoldersSeen(Set<Long> folderKeys) {
        if (folders == null) {
            throw new IllegalStateException("the known files were loaded without their folders");
        }
        List<Integer> again = new ArrayList<>();
        Map<Long, Long> byFolder = new HashMap<>();
        int files = 0;
        for (int i = 0; i < count; i++) {
            if (folderKeys.contains(folders[i]) && status(i) != FileStatus.MISSING) {
                seen.set(i);
                files++;
                byFolder.merge(folders[i], 1L, Long::sum);
                if (needsImportUnlisted(i)) {
                    again.add(i);
                }
            }
        }
        return new Unlisted(files, again, byFolder);
    }

    /**
     * The known files of the folders the walk passed over: how many, the indexes of those to read
     * again, and how many in each folder (by {@link #folderKey}; a folder without any is absent).
     */
    record Unlisted(int files, List<Integer> readAgain, Map<Long, Long> filesByFolder) {
    }

    /** The file ID at an index, as stored. */
    String fileId(int index) {
        return formatId(ids[index]);
    }

    /** A file ID as stored: the inverse of {@link #parseId}. */
    static String formatId(long id) {
        return String.format("%016x", id);
    }

    /** The folder of a file's path from its root ("" for a file directly in the root). */
    static String folderOf(String sourceFile) {
        return sourceFile.substring(0, Math.max(0, sourceFile.lastIndexOf('/')));
    }

    void markSeen(int index) {
        seen.set(index);
    }

    /** The IDs of known files that the walk did not see and that are not marked missing yet. */
    List<String> unseenNotMissing() {
        List<String> out = new ArrayList<>();
        for (int i = seen.nextClearBit(0); i < count; i = seen.nextClearBit(i + 1)) {
            if (status(i) != FileStatus.MISSING) {
                out.add(fileId(i));
            }
        }
        return out;
    }
}
