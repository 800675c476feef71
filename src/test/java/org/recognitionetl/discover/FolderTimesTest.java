package org.recognitionetl.discover;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recognitionetl.store.MigratedStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Given the folder times a complete walk saved, when the next run walks with skipping on, then it
 * passes over exactly the folders whose time is unchanged, and never one the last walk could not
 * read in full, one read under another --include, or one it was not asked to skip.
 */
class FolderTimesTest {
    private static final long NOON = 1_700_000_000_000_000_000L;
    JdbcTemplate jdbc;

    @BeforeEach
    void givenAStore() {
        jdbc = MigratedStore.inMemory("folders");
    }

    @Test
    void aFolderIsPassedOverOnlyWhenItsTimeIsTheOneTheLastWalkSaved() {
        FolderTimes first = new FolderTimes(jdbc, "*.txt", true);
        assertThat(first.passOver(folder("2024/01", NOON))).as("nothing saved yet").isFalse();
        assertThat(first.passOver(folder("2024/02", NOON))).isFalse();
        assertThat(first.passOver(folder("2024/03", NOON))).isFalse();
        first.distrust("/in", "2024/03");
        first.save();

        FolderTimes next = new FolderTimes(jdbc, "*.txt", true);
        assertThat(next.passOver(folder("2024/01", NOON))).isTrue();
        assertThat(next.passOver(folder("2024/02", NOON + 1))).as("a file added: the time moved").isFalse();
        assertThat(next.passOver(folder("2024/03", NOON))).as("not read in full last time").isFalse();
        assertThat(next.passOver(folder("2024/04", NOON))).as("a new folder").isFalse();
        assertThat(next.skippedCount()).isEqualTo(1);
        assertThat(next.drainSkipped()).extracting(FolderTimes.Folder::relative).containsExactly("2024/01");

        assertThat(new FolderTimes(jdbc, "*.md", true).passOver(folder("2024/01", NOON))).as("another --include").isFalse();
        assertThat(new FolderTimes(jdbc, "*.txt", false).passOver(folder("2024/01", NOON))).as("skipping off").isFalse();
    }

    @Test
    void aTimeTooRecentToTrustIsNeverEqualToAFoldersTime() {
        FolderTimes first = new FolderTimes(jdbc, "*.txt", true);
        first.passOver(folder("2024/01", FolderTimes.UNTRUSTED));
        first.save();

        assertThat(new FolderTimes(jdbc, "*.txt", true).passOver(folder("2024/01", FolderTimes.UNTRUSTED))).isFalse();
    }

    @Test
    void theFilesOfTheFoldersPassedOverAreTheOnesTheLastWalkFoundThere() {
        FolderTimes first = new FolderTimes(jdbc, "*.txt", true);
        for (String relative : new String[] {"2024/01", "2024/02", "2024/03"}) {
            first.passOver(folder(relative, NOON));
            first.listed(folder(relative, NOON), relative.length() + relative.charAt(6) - '0');
        }
        first.save();

        FolderTimes next = new FolderTimes(jdbc, "*.txt", true);
        next.passOver(folder("2024/01", NOON));
        next.passOver(folder("2024/02", NOON + 1));
        next.listed(folder("2024/02", NOON + 1), 4);
        next.passOver(folder("2024/04", NOON));
        next.listed(folder("2024/04", NOON), 2);

        assertThat(next.skippedFiles()).as("2024/01's 8 files").isEqualTo(8);
        assertThat(next.listedOrGone()).extracting(FolderTimes.Folder::relative)
                .as("listed, or saved last time and not come across: 2024/03 is gone")
                .containsExactly("2024/02", "2024/03", "2024/04");
        next.save();
        assertThat(jdbc.queryForList("SELECT files FROM source_folders ORDER BY folder", Long.class))
                .containsExactly(8L, 4L, 2L);
    }

    @Test
    void aFolderSavedWithoutACountLeavesTheFilesPassedOverUnknown() {
        jdbc.update("INSERT INTO source_folders (folder_id, source_root, folder, include_glob, modified_nanos)"
                + " VALUES (?, '/in', '2024/01', '*.txt', ?)", folder("2024/01", NOON).id(), NOON);

        FolderTimes next = new FolderTimes(jdbc, "*.txt", true);

        assertThat(next.passOver(folder("2024/01", NOON))).isTrue();
        assertThat(next.skippedFiles()).as("saved by a version that did not count").isEqualTo(-1);
    }

    private static FolderTimes.Folder folder(String relative, long nanos) {
        return new FolderTimes.Folder("/in", relative, nanos);
    }
}
