package org.recognitionetl.discover;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import org.recognitionetl.article.ArticleIds;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The modification times of the input's folders that hold no subfolder, as the last complete walk
 * read them before listing each one; with {@code --skip-unchanged-folders} a folder whose time has
 * not changed since is not listed again. Creating, deleting or renaming a file changes the time of
 * its folder; writing into an existing file does not, which is why skipping is an option: a
 * night's walk over a million files (6.5 s with a warm cache, 31 s cold) becomes a look at each
 * folder's time. The folders passed over wait here until discovery accounts for their known files.
 *
 * <p>Each folder is saved with the number of files the walk found in it, so that the next run can
 * account for the files of the folders it passes over by count ({@link FolderScope}).
 */
public class FolderTimes {
    /** The time of a folder changed too recently to vouch for its listing: never equal to a folder's time. */
    static final long UNTRUSTED = Long.MIN_VALUE;

    private final JdbcTemplate jdbc;
    private final String include;
    private final boolean skipUnchanged;
    private Map<String, Saved> previous;
    private final Map<String, Folder> current = new HashMap<>();
    /** The files found directly in each folder listed in full, by folder ID. */
    private final Map<String, Long> listedFiles = new HashMap<>();
    /**
     * The known files not missing in each folder passed over, by {@link KnownFiles#folderKey}, where a
     * read of the whole staging table counted them; null until then.
     */
    private Map<Long, Long> countedFiles;
    private final Queue<Folder> skipped = new ArrayDeque<>();
    private long skippedCount;
    /** The files the last complete walk found in the folders passed over, or -1 once one of them has no count. */
    private long skippedFiles;

    /** A folder under an input root: its root, its path relative to the root ("" for the root), its time. */
    public record Folder(String root, String relative, long modifiedNanos) {
        String id() {
            return ArticleIds.hash16(root, relative);
        }
    }

    /** A folder as the last complete walk saved it: its time, and the files it found in it (null: not counted). */
    private record Saved(long modifiedNanos, Long files) {
    }

    public FolderTimes(JdbcTemplate jdbc, String include, boolean skipUnchanged) {
        this.jdbc = jdbc;
        this.include = include;
        this.skipUnchanged = skipUnchanged;
    }

    /**
     * Called for each folder without subfolders before it is listed: true when the walk may pass it
     * over (skipping is on and its time is what the last complete walk read). Either way its time is
     * kept for the next run.
     */
    public boolean passOver(Folder folder) {
        current.put(folder.id(), folder);
        if (!skipUnchanged) {
            return false;
        }
        Saved before = previous().get(folder.id());
        if (before == null || before.modifiedNanos() == UNTRUSTED || before.modifiedNanos() != folder.modifiedNanos()) {
            return false;
        }
        skipped.add(folder);
        skippedCount++;
        if (before.files() == null || skippedFiles < 0) {
            skippedFiles = -1;
        } else {
            skippedFiles += before.files();
        }
        return true;
    }

    /** A folder without subfolders listed in full: the files found directly in it, saved for the next run. */
    public void listed(Folder folder, long files) {
        listedFiles.put(folder.id(), files);
    }

    /**
     * The known files of the folders passed over, as a read of the whole staging table counted them
     * (by {@link KnownFiles#folderKey}): saved for the next run where the last walk saved no count
     * (a store older than the counts), so that nights after an upgrade need not list every folder
     * once before they can trust the counts.
     */
    public void counted(Map<Long, Long> filesByFolderKey) {
        countedFiles = filesByFolderKey;
    }

    /**
     * How many files the last complete walk found in the folders passed over so far, or -1 if it did not
     * count one of them (a store older than the count). Those files are unchanged as far as their
     * folders' times tell, so this is how many known files the run takes as they were.
     */
    public long skippedFiles() {
        return skippedFiles;
    }

    /**
     * After a complete walk: the folders without subfolders whose known files may hold a file the walk
     * did not find: the ones it listed, and the ones the last complete walk saved that this one did not
     * come across (deleted, renamed, or a root not given this time).
     */
    public List<Folder> listedOrGone() {
        List<Folder> out = new ArrayList<>();
        for (Map.Entry<String, Folder> entry : current.entrySet()) {
            if (listedFiles.containsKey(entry.getKey())) {
                out.add(entry.getValue());
            }
        }
        if (skipUnchanged) {
            for (String id : previous().keySet()) {
                if (!current.containsKey(id)) {
                    // a few at most: their paths are read only now, rather than kept for every folder
                    jdbc.query("SELECT source_root, folder FROM source_folders WHERE folder_id = ?", rs -> {
                        out.add(new Folder(rs.getString(1), rs.getString(2), 0));
                    }, id);
                }
            }
        }
        out.sort(Comparator.comparing(Folder::root).thenComparing(Folder::relative));
        return out;
    }

    /** A folder the walk could not read in full: the next run lists it whatever its time. */
    public void distrust(String root, String relative) {
        Folder folder = new Folder(root, relative, UNTRUSTED);
        current.put(folder.id(), folder);
    }

    /** The folders passed over since the last call, for discovery to account for their files. */
    public List<Folder> drainSkipped() {
        List<Folder> out = new ArrayList<>(skipped);
        skipped.clear();
        return out;
    }

    /** Whether this run may pass folders over (--skip-unchanged-folders). */
    public boolean skips() {
        return skipUnchanged;
    }

    /** How many folders the walk passed over. */
    public long skippedCount() {
        return skippedCount;
    }

    /** After a complete walk: the times it read become those the next run compares with. */
    public void save() {
        jdbc.update("DELETE FROM source_folders");
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<String, Folder> entry : current.entrySet()) {
            Folder f = entry.getValue();
            rows.add(new Object[] {entry.getKey(), f.root(), f.relative(), include, f.modifiedNanos(),
                    f.modifiedNanos() == UNTRUSTED ? null : files(entry.getKey())});
            if (rows.size() == 1000) {
                insert(rows);
            }
        }
        insert(rows);
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO source_folders (folder_id, source_root, folder, include_glob, modified_nanos,"
                    + " files) VALUES (?, ?, ?, ?, ?, ?)", rows);
            rows.clear();
        }
    }

    /** The files a folder holds after this walk: those found if it was listed, else those the last walk found. */
    private Long files(String folderId) {
        Long listed = listedFiles.get(folderId);
        if (listed != null) {
            return listed;
        }
        if (countedFiles != null) {
            // a folder saved but not listed was passed over; one without a counted file holds none
            return countedFiles.getOrDefault(KnownFiles.parseId(folderId), 0L);
        }
        Saved saved = skipUnchanged ? previous().get(folderId) : null;
        return saved == null ? null : saved.files();
    }

    private Map<String, Saved> previous() {
        if (previous == null) {
            previous = new HashMap<>();
            // times read under another --include say nothing of the files this one imports
            jdbc.query("SELECT folder_id, modified_nanos, files FROM source_folders WHERE include_glob = ?",
                    rs -> {
                        long count = rs.getLong(3);
                        Long files = rs.wasNull() ? null : count;
                        previous.put(rs.getString(1), new Saved(rs.getLong(2), files));
                    }, include);
        }
        return previous;
    }
}
