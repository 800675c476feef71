package org.recognitionetl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Given an H2 store file opened the way the job opens it (a connection pool, WRITE_DELAY=0) and
 * rewritten many times over, when it is compacted, then the file shrinks to its live rows, every
 * row is still there, and the same pool goes on working; it is compacted again only once it has
 * doubled, and never when below the size to compact at or with compaction turned off.
 */
class StoreCompactionTest {
    private static final int ROWS = 3_000;

    @TempDir
    Path folder;

    HikariDataSource pool;
    JdbcTemplate jdbc;
    Path file;

    @BeforeEach
    void givenAStoreThatWasRewrittenManyTimes() {
        pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        pool.setUsername("sa");
        pool.setPassword("");
        pool.setMaximumPoolSize(3);
        // as the job's pool: suspended while the database is closed for the compaction
        pool.setAllowPoolSuspension(true);
        jdbc = new JdbcTemplate(pool);
        file = folder.resolve("store.mv.db");
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        jdbc.execute("CREATE TABLE notes (id INT PRIMARY KEY, text VARCHAR(2000))");
        for (int i = 0; i < ROWS; i++) {
            jdbc.update("INSERT INTO notes VALUES (?, ?)", i, "first words of quote " + i);
        }
        // each pass commits every row anew: the file keeps the old pages too
        for (int pass = 0; pass < 8; pass++) {
            jdbc.update("UPDATE notes SET text = ? || id", "x".repeat(600) + pass);
        }
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    @Timeout(120) // a pool left suspended would make the reads after the compaction wait for ever
    void aFileNeverCompactedShrinksToItsLiveRowsAndKeepsEveryOne() throws Exception {
        long before = Files.size(file);
        StoreCompaction compaction = new StoreCompaction(pool, file, 1);
        assertThat(compaction.compactedBytes()).isZero();

        Optional<StoreCompaction.Outcome> outcome = compaction.compactIfGrown(StoreCompaction.Pages.PLAIN);

        assertThat(outcome).isPresent();
        assertThat(outcome.get().bytesBefore()).isEqualTo(before);
        assertThat(outcome.get().bytesAfter()).isLessThan(before / 2);
        // the pool reopens the database: same rows, and writes go on
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notes WHERE text LIKE '%x7%'", Long.class)).isEqualTo(ROWS);
        jdbc.update("INSERT INTO notes VALUES (?, ?)", ROWS, "written after the compaction");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notes", Long.class)).isEqualTo(ROWS + 1L);
        assertThat(folder.resolve("store.trace.db")).as("no errors traced by H2").doesNotExist();
        assertThat(compaction.compactedBytes()).isEqualTo(outcome.get().bytesAfter());
    }

    @Test
    void aCompactedFileIsCompactedAgainOnlyOnceItHasDoubled() {
        StoreCompaction compaction = new StoreCompaction(pool, file, 1);
        compaction.compact(StoreCompaction.Pages.PLAIN);
        jdbc.update("UPDATE notes SET text = 'short again ' || id WHERE id < 10");

        assertThat(compaction.compactIfGrown(StoreCompaction.Pages.PLAIN)).isEmpty();

        for (int pass = 0; pass < 8; pass++) {
            jdbc.update("UPDATE notes SET text = ? || id", "y".repeat(600) + pass);
        }

        assertThat(compaction.compactIfGrown(StoreCompaction.Pages.PLAIN)).isPresent();
    }

    @Test
    void aFileBelowTheSizeToCompactAtOrCompactionTurnedOffIsLeftAlone() throws Exception {
        long before = Files.size(file);

        assertThat(new StoreCompaction(pool, file, before + 1).compactIfGrown(StoreCompaction.Pages.COMPRESSED)).isEmpty();
        assertThat(new StoreCompaction(pool, file, 0).compactIfGrown(StoreCompaction.Pages.PLAIN)).isEmpty();
        assertThat(Files.size(file)).isEqualTo(before);
    }

    @Test
    @Timeout(120)
    void aCompressedCopyIsSmallerThanAPlainOneAndKeepsEveryRow() {
        StoreCompaction compaction = new StoreCompaction(pool, file, 1);
        long plain = compaction.compact(StoreCompaction.Pages.PLAIN).bytesAfter();

        long compressed = compaction.compact(StoreCompaction.Pages.COMPRESSED).bytesAfter();

        assertThat(compressed).isLessThan(plain);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notes WHERE text LIKE '%x7%'", Long.class)).isEqualTo(ROWS);
        assertThat(compaction.compactedBytes()).isEqualTo(compressed);
    }
}
