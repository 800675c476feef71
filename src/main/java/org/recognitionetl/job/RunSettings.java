package org.recognitionetl.job;

import java.nio.file.Path;
import java.util.List;

/**
 * The settings of one run, from the command line.
 *
 * @param inputs         input directories
 * @param output         output directory (CSV, SQL, report, database, lock)
 * @param include        glob of file names to import
 * @param maxFileBytes   files larger than this are rejected unread
 * @param utf8Fallback   decode invalid UTF-8 as windows-1252 instead of rejecting
 * @param fullRefresh    rebuild every table from every input file
 * @param pruneMissing   delete the articles of files no longer found under the inputs
 * @param chunkSize      files per transaction in the import step
 * @param historyDays    job metadata older than this is pruned
 * @param progress       print progress lines
 * @param progressMillis time between progress lines
 * @param threads        import partitions run at once (and partitions of a new import)
 * @param roundFiles     files imported in one round, between two looks at the store file's size
 * @param compactAtBytes a store file at least this large that has doubled since its last compaction
 *                       is compacted between import rounds and at the end of the run (0: never)
 * @param skipUnchangedFolders discovery does not list a folder without subfolders whose time is what
 *                       the last complete walk read (files edited in place there go unnoticed)
 */
public record RunSettings(
        List<Path> inputs,
        Path output,
        String include,
        long maxFileBytes,
        boolean utf8Fallback,
        boolean fullRefresh,
        boolean pruneMissing,
        int chunkSize,
        int historyDays,
        boolean progress,
        long progressMillis,
        int threads,
        int roundFiles,
        long compactAtBytes,
        boolean skipUnchangedFolders) {

    public Path csvDir() {
        return output.resolve("csv");
    }

    public Path sqlDir() {
        return output.resolve("sql");
    }

    public Path reportFile() {
        return output.resolve("report.json");
    }

    public Path databaseFile() {
        return output.resolve("db").resolve("recognition");
    }

    /** The file H2 keeps the store in: the database's name with H2's suffix. */
    public Path databaseStoreFile() {
        Path database = databaseFile();
        return database.resolveSibling(database.getFileName() + ".mv.db");
    }

    public String jdbcUrl() {
        // DB_CLOSE_ON_EXIT=FALSE: on Ctrl-C the job must finish its chunk before the database closes.
        // WRITE_DELAY=0: the store is written at each commit and never in between. With H2's default
        // background writer, a kill -9 could leave an in-flight chunk's uncommitted rows in the file,
        // and H2 2.5 then reopened it with those rows locked for ever (the next run spun in recovery).
        // MAX_COMPACT_TIME=0: no compaction when the database closes. H2's default (200 ms) took about
        // a second at the end of every run over a million articles (JFR: the pool's close waiting on
        // it), and the job compacts the file itself when it has grown enough (StoreCompaction); over
        // nights without it the file grew no faster (about 50 MB a night at a million articles).
        return "jdbc:h2:file:" + databaseFile().toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }
}
