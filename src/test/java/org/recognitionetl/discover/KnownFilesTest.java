package org.recognitionetl.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recognitionetl.store.FileStatus;
import org.recognitionetl.store.MigratedStore;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Given a staging table whose rows were written in no particular order, with file IDs on both
 * sides of the sign bit, when discovery loads what it knew, then it finds every known file by its
 * ID, tells new files apart, and lists the known files the walk did not see.
 */
class KnownFilesTest {
    private static final String[] IDS_AS_WRITTEN = {
            "f0000000000000aa", "0000000000000001", "8000000000000000", "7fffffffffffffff", "00000000000000ff"};
    JdbcTemplate jdbc;

    @BeforeEach
    void givenFilesWrittenOutOfOrder() {
        jdbc = MigratedStore.inMemory("known");
        for (int i = 0; i < IDS_AS_WRITTEN.length; i++) {
            jdbc.update("INSERT INTO source_files (file_id, source_root, source_file, size_bytes, modified_millis, status,"
                    + " analysis_version, first_seen_run, seen_run) VALUES (?, '/in', ?, ?, 1000, ?, 'v1', 1, 1)",
                    IDS_AS_WRITTEN[i], "f" + i + ".txt", 100L + i, i == 2 ? "MISSING" : "IMPORTED");
        }
    }

    @Test
    void everyKnownFileIsFoundByItsIdWithItsOwnFigures() {
        KnownFiles known = KnownFiles.load(jdbc, "v1");

        for (int i = 0; i < IDS_AS_WRITTEN.length; i++) {
            int index = known.indexOf(IDS_AS_WRITTEN[i]);
            assertThat(index).as(IDS_AS_WRITTEN[i]).isNotNegative();
            assertThat(known.status(index)).isEqualTo(i == 2 ? FileStatus.MISSING : FileStatus.IMPORTED);
            assertThat(known.needsImport(index, file(100L + i))).isEqualTo(i == 2);
            assertThat(known.needsImport(index, file(999L))).as("a changed size").isTrue();
        }
        assertThat(known.indexOf("0000000000000002")).isEqualTo(-1);
        assertThat(known.indexOf("ffffffffffffffff")).isEqualTo(-1);
    }

    @Test
    void readInPagesSmallerThanTheTableEveryFileIsLoadedOnce() {
        for (int pageSize : new int[] {1, 2, 5, 6}) {
            KnownFiles known = KnownFiles.load(jdbc, "v1", pageSize, false);

            for (String id : IDS_AS_WRITTEN) {
                assertThat(known.indexOf(id)).as(id + " in pages of " + pageSize).isNotNegative();
            }
            assertThat(known.unseenNotMissing()).as("pages of " + pageSize).hasSize(IDS_AS_WRITTEN.length - 1);
        }
    }

    @Test
    void theKnownFilesNotSeenAreTheOnesNotMarkedAsSeenAndNotMissingYet() {
        KnownFiles known = KnownFiles.load(jdbc, "v1");
        known.markSeen(known.indexOf("0000000000000001"));
        known.markSeen(known.indexOf("7fffffffffffffff"));

        assertThat(known.unseenNotMissing()).containsExactly("00000000000000ff", "f0000000000000aa");
    }

    @Test
    void aFileRejectedAsADuplicateIsReadAgainButOtherRejectsAndCurrentArticlesAreNot() {
        jdbc.update("UPDATE source_files SET status = 'REJECTED', analysis_version = NULL WHERE file_id IN (?, ?)",
                IDS_AS_WRITTEN[0], IDS_AS_WRITTEN[1]);
        jdbc.update("INSERT INTO rejects (file_id, source_file, reason, detail) VALUES (?, 'f0.txt', 'DUPLICATE_URL', 'same URL')",
                IDS_AS_WRITTEN[0]);
        jdbc.update("INSERT INTO rejects (file_id, source_file, reason, detail) VALUES (?, 'f1.txt', 'NO_BODY', 'empty')",
                IDS_AS_WRITTEN[1]);
        jdbc.update("UPDATE source_files SET analysis_version = 'v0' WHERE file_id = ?", IDS_AS_WRITTEN[3]);

        KnownFiles known = KnownFiles.load(jdbc, "v1");

        assertThat(known.needsImport(known.indexOf(IDS_AS_WRITTEN[0]), file(100L))).as("duplicate URL").isTrue();
        assertThat(known.needsImport(known.indexOf(IDS_AS_WRITTEN[1]), file(101L))).as("no body").isFalse();
        assertThat(known.needsImport(known.indexOf(IDS_AS_WRITTEN[3]), file(103L))).as("older analysis").isTrue();
        assertThat(known.needsImport(known.indexOf(IDS_AS_WRITTEN[4]), file(104L))).as("current analysis").isFalse();

        // in a folder the walk passed over (its files unchanged as far as its time tells) the same
        // states ask for a new read, and a missing file stays missing
        assertThat(known.needsImportUnlisted(known.indexOf(IDS_AS_WRITTEN[0]))).as("duplicate URL").isTrue();
        assertThat(known.needsImportUnlisted(known.indexOf(IDS_AS_WRITTEN[1]))).as("no body").isFalse();
        assertThat(known.needsImportUnlisted(known.indexOf(IDS_AS_WRITTEN[3]))).as("older analysis").isTrue();
        assertThat(known.needsImportUnlisted(known.indexOf(IDS_AS_WRITTEN[4]))).as("current analysis").isFalse();
        assertThat(known.needsImportUnlisted(known.indexOf(IDS_AS_WRITTEN[2]))).as("missing").isFalse();
    }

    @Test
    void theFilesDirectlyInAFolderPassedOverAreSeenExceptMissingOnesAndOnlyThoseOfAnOlderAnalysisAreReadAgain() {
        jdbc.update("UPDATE source_files SET source_file = '2024/01/' || source_file WHERE file_id IN (?, ?, ?)",
                IDS_AS_WRITTEN[0], IDS_AS_WRITTEN[1], IDS_AS_WRITTEN[2]);
        jdbc.update("UPDATE source_files SET source_file = '2024/01/late/' || source_file WHERE file_id = ?",
                IDS_AS_WRITTEN[3]);
        jdbc.update("UPDATE source_files SET analysis_version = 'v0' WHERE file_id = ?", IDS_AS_WRITTEN[1]);
        KnownFiles known = KnownFiles.load(jdbc, "v1", true);

        KnownFiles.Unlisted unlisted = known.markFoldersSeen(Set.of(KnownFiles.folderKey("/in", "2024/01")));

        // f2 is missing, f3 lies in a subfolder, f4 at the root
        assertThat(unlisted.files()).isEqualTo(2);
        assertThat(unlisted.readAgain()).containsExactly(known.indexOf(IDS_AS_WRITTEN[1]));
        assertThat(known.unseenNotMissing()).containsExactly("00000000000000ff", "7fffffffffffffff");
    }

    private static DiscoveredFile file(long size) {
        return new DiscoveredFile("/in", "x.txt", size, 1000L);
    }
}
