package org.recognitionetl.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreTool;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Gives the store file back its dead pages. H2 writes every changed page to a new place and, with
 * the job's {@code WRITE_DELAY=0} (what makes a kill -9 recoverable), never reclaims the old ones
 * while the database is open: a bulk import of 300,000 articles left a 38 GB file holding about
 * 2.5 GB of rows. A compaction closes the database, rewrites the live pages into a new file and
 * swaps it in (an atomic move, so a crash leaves the old file or the new one); the next connection
 * opens it again. The file is compacted once it has doubled since its last compaction,
 * which a bulk import reaches every round and a nightly run rarely.
 *
 * <p>Only between steps: no chunk, reader or cursor may hold a connection while the database closes.
 */
public class StoreCompaction {
    /** A compaction done: the file's size before and after, and how long it took. */
    public record Outcome(long bytesBefore, long bytesAfter, double seconds) {
    }

    /**
     * How the copy stores its pages. Compressing (LZF) made the copy a third smaller and took more
     * than half of the compaction's time: at a million articles 162 s against 71 s for the same
     * store, 7.7 GB against 11.8 GB. A bulk import compacts between its rounds only to bound the
     * file, and the next round rewrites most pages, so those copies are plain. The other compactions
     * (before the publish, at the end of a run) leave the store the nights work on: compressed, so
     * that a night never finds a plain store left by a compaction the next one did not follow.
     */
    public enum Pages {
        PLAIN(false), COMPRESSED(true);

        private final boolean compress;

        Pages(boolean compress) {
            this.compress = compress;
        }
    }

    private final DataSource dataSource;
    private final Path file;
    private final long minBytes;

    /**
     * @param file     the store's {@code .mv.db} file
     * @param minBytes smaller files are left as they are (0 or less: never compact)
     */
    public StoreCompaction(DataSource dataSource, Path file, long minBytes) {
        this.dataSource = dataSource;
        this.file = file;
        this.minBytes = minBytes;
    }

    /** The file's size right after its last compaction, 0 when it was never compacted. */
    public long compactedBytes() {
        // a connection of its own, closed at once: one bound to the step's transaction would still be
        // open, and be reset on a closed database, when the compaction has closed it
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT compacted_bytes FROM store_file WHERE id = 1")) {
            return row.next() ? row.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store's last compacted size: " + e.getMessage(), e);
        }
    }

    /**
     * Compacts when the file is at least the minimum size and has at least doubled since its last
     * compaction (or was never compacted). A round of a bulk import doubles it mostly with pages
     * written over; a nightly run's thousand files seldom do.
     */
    public Optional<Outcome> compactIfGrown(Pages pages) {
        long bytes = size();
        if (minBytes <= 0 || bytes < minBytes || bytes < 2 * compactedBytes()) {
            return Optional.empty();
        }
        return Optional.of(compact(pages));
    }

    /** Rewrites the file with its live pages only; the connection pool opens the database again. */
    public Outcome compact(Pages pages) {
        long before = size();
        long started = System.nanoTime();
        suspendPool();
        try {
            shutDown();
            copyLivePages(pages);
        } finally {
            // every pooled connection belonged to the database that just closed
            evictPooledConnectionsAndResume();
        }
        long after = size();
        remember(after);
        return new Outcome(before, after, (System.nanoTime() - started) / 1e9);
    }

    private void remember(long compacted) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("MERGE INTO store_file (id, compacted_bytes) KEY (id) VALUES (1, " + compacted + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the store's compacted size: " + e.getMessage(), e);
        }
    }

    private void copyLivePages(Pages pages) {
        try {
            // not SHUTDOWN COMPACT, which always compresses (see Pages). MVStoreTool writes the copy
            // beside the file and moves it over the file atomically, as SHUTDOWN COMPACT does; H2 clears
            // a copy left by a crash when it next opens the file.
            MVStoreTool.compact(file.toString(), pages.compress);
        } catch (RuntimeException e) {
            throw new IllegalStateException("compacting the store " + file + " failed: " + e.getMessage()
                    + " (the store is unchanged; check free disk space, the file needs room for a copy of its"
                    + " live pages, then run the same command again)", e);
        }
    }

    private void shutDown() {
        try (Connection connection = connectionOutsideThePool(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (!closedByShutdown(e)) {
                throw new IllegalStateException("closing the store " + file + " to compact it failed: "
                        + e.getMessage() + " (the store is unchanged; run the same command again)", e);
            }
        }
    }

    /** The statement closing after the database it ran in has closed: the shutdown itself went through. */
    private static boolean closedByShutdown(SQLException e) {
        return e.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN || e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED;
    }

    /**
     * A connection of its own: a pooled one would be reset when given back, which fails on the closed
     * database and leaves a stack trace in H2's trace file.
     */
    private Connection connectionOutsideThePool() throws SQLException {
        HikariDataSource pool = pool();
        if (pool == null) {
            return dataSource.getConnection();
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    private HikariDataSource pool() throws SQLException {
        return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
    }

    /**
     * While the database is closed the pool must not open connections: each would wait a minute for
     * the closing database and then fail with a warning in the log. A pool built without suspension
     * allowed (not the job's) is left running.
     */
    private void suspendPool() {
        try {
            HikariDataSource pool = pool();
            if (pool != null && pool.isAllowPoolSuspension() && pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().suspendPool();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the connection pool before compacting the store: "
                    + e.getMessage(), e);
        }
    }

    private void evictPooledConnectionsAndResume() {
        try {
            HikariDataSource pool = pool();
            if (pool != null && pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
                if (pool.isAllowPoolSuspension()) {
                    pool.getHikariPoolMXBean().resumePool();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the connection pool after compacting the store: " + e.getMessage(), e);
        }
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of the store file " + file, e);
        }
    }
}
