package org.recognitionetl.discover;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
 */
public class FolderTimes {
    /** The time of a folder changed too recently to vouch for its listing: never equal to a folder's time. */
    static final long UNTRUSTED = Long.MIN_VALUE;

    private final JdbcTemplate jdbc;
    private final String include;
    private final boolean skipUnchanged;
    private Map<String, Long> previous;
    private final Map<String, Folder> current = new HashMap<>();
    private final Queue<Folder> skipped = new ArrayDeque<>();
    private long skippedCount;

    /** A folder under an input root: its root, its path relative to the root ("" for the root), its time. */
    public record Folder(String root, String relative, long modifiedNanos) {
        String id() {
            return ArticleIds.hash16(root, relative);
        }
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
        Long before = previous().get(folder.id());
        if (before == null || before == UNTRUSTED || before != folder.modifiedNanos()) {
            return false;
        }
        skipped.add(folder);
        skippedCount++;
        return true;
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
            rows.add(new Object[] {entry.getKey(), f.root(), f.relative(), include, f.modifiedNanos()});
            if (rows.size() == 1000) {
                insert(rows);
            }
        }
        insert(rows);
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO source_folders (folder_id, source_root, folder, include_glob, modified_nanos)"
                    + " VALUES (?, ?, ?, ?, ?)", rows);
            rows.clear();
        }
    }

    private Map<String, Long> previous() {
        if (previous == null) {
            previous = new HashMap<>();
            // times read under another --include say nothing of the files this one imports
            jdbc.query("SELECT folder_id, modified_nanos FROM source_folders WHERE include_glob = ?",
                    rs -> {
                        previous.put(rs.getString(1), rs.getLong(2));
                    }, include);
        }
        return previous;
    }
}
