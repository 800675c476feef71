package org.recognitionetl.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recognitionetl.store.MigratedStore;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Given an archive of dated folders discovered once, when nights with --skip-unchanged-folders add,
 * delete and move files, then discovery reads the rows of the folders it lists, not the whole
 * staging table, and still marks exactly the files that are gone as missing; where its counts cannot
 * prove that (a file gone from a folder with subfolders, another analysis), it reads the whole table.
 */
class FolderScopeTest {
    private static final int FOLDERS = 8;
    private static final int FILES_EACH = 5;
    private static final int ARCHIVE = FOLDERS * FILES_EACH;

    @TempDir
    Path input;
    JdbcTemplate jdbc;

    @BeforeEach
    void givenAnArchiveDiscoveredOnce() throws IOException {
        jdbc = MigratedStore.inMemory("scope");
        for (int f = 0; f < FOLDERS; f++) {
            Path folder = Files.createDirectories(input.resolve(String.format("2024/01/%02d", f + 1)));
            for (int i = 0; i < FILES_EACH; i++) {
                Files.writeString(folder.resolve("a" + i + ".txt"), "article " + f + "/" + i);
            }
        }
        Night first = discover("v1");
        assertThat(first.knownRowsRead()).as("nothing known yet").isZero();
        assertThat(pending()).isEqualTo(ARCHIVE);
    }

    @Test
    void aNightThatAddsAFolderReadsTheRowsOfThatFolderOnly() throws IOException {
        Path night = Files.createDirectories(input.resolve("2024/01/31"));
        Files.writeString(night.resolve("n0.txt"), "new");
        Files.writeString(night.resolve("n1.txt"), "new too");

        Night result = discover("v1");

        assertThat(result.missing()).isZero();
        assertThat(result.seen()).isEqualTo(ARCHIVE + 2);
        assertThat(result.knownRowsRead()).as("the new folder's two rows, looked up by path").isEqualTo(2);
        assertThat(pending()).isEqualTo(ARCHIVE + 2);
    }

    @Test
    void aFileDeletedFromAFolderOrAFolderDeletedWholeIsMissingWithoutReadingTheArchive() throws IOException {
        Files.delete(input.resolve("2024/01/03/a1.txt"));
        deleteFolder(input.resolve("2024/01/05"));

        Night result = discover("v1");

        assertThat(result.missing()).isEqualTo(1 + FILES_EACH);
        assertThat(result.seen()).isEqualTo(ARCHIVE - 1 - FILES_EACH);
        assertThat(result.knownRowsRead()).as("the changed folder looked up twice, the gone one once")
                .isEqualTo(2 * (FILES_EACH - 1) + 1 + FILES_EACH);
        assertThat(status("2024/01/03/a1.txt")).isEqualTo("MISSING");
        assertThat(status("2024/01/05/a0.txt")).isEqualTo("MISSING");
        assertThat(status("2024/01/03/a0.txt")).isEqualTo("PENDING");

        Night next = discover("v1");
        assertThat(next.missing()).as("missing files stay missing, and do not upset the counts").isZero();
        assertThat(next.knownRowsRead()).isZero();
    }

    @Test
    void aFileGoneFromAFolderWithSubfoldersIsFoundByReadingTheWholeTable() throws IOException {
        Path parent = input.resolve("2024/01/top.txt");
        Files.writeString(parent, "a file beside the day folders");
        discover("v1");
        Files.delete(parent);

        Night result = discover("v1");

        assertThat(result.missing()).isEqualTo(1);
        assertThat(status("2024/01/top.txt")).isEqualTo("MISSING");
        assertThat(result.knownRowsRead()).as("the counts were one short: the whole table read").isGreaterThan(ARCHIVE);
    }

    @Test
    void anotherAnalysisReadsTheWholeTableAndTheNextNightTrustsTheFoldersAgain() throws IOException {
        jdbc.update("UPDATE source_files SET status = 'IMPORTED', analysis_version = 'v1'");

        Night upgrade = discover("v2");

        assertThat(upgrade.knownRowsRead()).isEqualTo(ARCHIVE);
        assertThat(pending()).as("every article read again by the new analysis").isEqualTo(ARCHIVE);
        jdbc.update("UPDATE source_files SET status = 'IMPORTED', analysis_version = 'v2'");
        assertThat(discover("v2").knownRowsRead()).isZero();
    }

    @Test
    void afterAnUpgradeFromAVersionThatDidNotCountTheFirstNightReadsTheTableAndCountsForTheNext() throws IOException {
        jdbc.update("UPDATE source_folders SET files = NULL");

        Night upgrade = discover("v1");

        assertThat(upgrade.knownRowsRead()).isEqualTo(ARCHIVE);
        assertThat(upgrade.seen()).isEqualTo(ARCHIVE);
        assertThat(jdbc.queryForList("SELECT DISTINCT files FROM source_folders", Long.class))
                .containsExactly((long) FILES_EACH);
        assertThat(discover("v1").knownRowsRead()).isZero();
    }

    @Test
    void aFileRejectedAsADuplicateInAFolderPassedOverIsReadAgain() throws IOException {
        jdbc.update("UPDATE source_files SET status = 'IMPORTED', analysis_version = 'v1'");
        String loser = jdbc.queryForObject("SELECT file_id FROM source_files WHERE source_file = '2024/01/02/a3.txt'",
                String.class);
        jdbc.update("UPDATE source_files SET status = 'REJECTED', analysis_version = NULL WHERE file_id = ?", loser);
        jdbc.update("INSERT INTO rejects (file_id, source_file, reason, detail) VALUES (?, '2024/01/02/a3.txt',"
                + " 'DUPLICATE_URL', 'same URL as 2024/01/01/a0.txt')", loser);

        Night result = discover("v1");

        assertThat(result.knownRowsRead()).as("the reject's own row").isEqualTo(1);
        assertThat(status("2024/01/02/a3.txt")).isEqualTo("PENDING");
        assertThat(pending()).isEqualTo(1);
    }

    /** What a discover step reports, and how many staging rows it read. */
    record Night(long seen, int missing, long knownRowsRead) {
    }

    /** Walks and records as the discover step does: chunks of 4, then the end of the walk. */
    private Night discover(String analysisVersion) throws IOException {
        agePastTheRacyWindow();
        FolderTimes times = new FolderTimes(jdbc, "*.txt", true);
        FileWalker walker = new FileWalker(new InputRoots(List.of(input)), "*.txt", warning -> { }, times);
        DiscoveryWriter writer = new DiscoveryWriter(new NamedParameterJdbcTemplate(jdbc), 1, analysisVersion, times);
        List<DiscoveredFile> chunk = new ArrayList<>();
        for (DiscoveredFile file = walker.read(); file != null; file = walker.read()) {
            chunk.add(file);
            if (chunk.size() == 4) {
                writer.write(new Chunk<>(chunk));
                chunk = new ArrayList<>();
            }
        }
        writer.write(new Chunk<>(chunk));
        int missing = writer.markUnseenMissing();
        times.save();
        Long seen = jdbc.queryForObject("SELECT seen FROM discovered_runs WHERE run = 1", Long.class);
        return new Night(seen, missing, writer.knownRowsRead());
    }

    private int pending() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM source_files WHERE status = 'PENDING'", Integer.class);
    }

    private String status(String file) {
        return jdbc.queryForObject("SELECT status FROM source_files WHERE source_file = ?", String.class, file);
    }

    /** Folder times younger than two seconds are not trusted: the test moves them into the past. */
    private void agePastTheRacyWindow() throws IOException {
        long past = System.currentTimeMillis() - 60_000;
        try (var walk = Files.walk(input)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                if (Files.getLastModifiedTime(dir).toMillis() > past) {
                    Files.setLastModifiedTime(dir, FileTime.fromMillis(past));
                }
            }
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }
}
