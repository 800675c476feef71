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

    private static FolderTimes.Folder folder(String relative, long nanos) {
        return new FolderTimes.Folder("/in", relative, nanos);
    }
}
