package org.recognitionetl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.recognitionetl.job.RunSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line, as {@code --help} lists it. */
@Command(name = "recognition-etl",
        mixinStandardHelpOptions = true,
        version = "recognition-etl 0.1.0",
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "Turns folders of news-article text files into tables of articles, speakers, quotes and",
                "recognition positions: an H2 database, CSV files and SQL files under the output directory.",
                "Run the same command every night: only new or changed files are read. A run that died is",
                "finished by running the same command again."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:completed (rejected files are reported in csv/rejects.csv, not failures)",
                "1:failed; the message says why. Run the same command again to resume. --evaluate: python3 "
                        + "is missing or score.py failed",
                "2:usage error: a wrong option or an input directory that cannot be read. --evaluate: the gold "
                        + "file, an article it names or score.py is not there",
                "3:another run holds the output directory; nothing was changed",
                "4:stopped at a chunk boundary; run the same command again to resume",
                "130/143:interrupted by Ctrl-C / SIGTERM after finishing the current chunk; run again to resume"})
public class CommandLineOptions {

    @Option(names = "--input", split = ",", paramLabel = "DIR[,DIR...]", defaultValue = "input",
            description = "Input directories, searched recursively (default: ${DEFAULT-VALUE}).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
            description = "Output directory: csv/, sql/, report.json and the database db/ (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--full-refresh",
            description = "Rebuild every table from every input file, as if the store were new.")
    boolean fullRefresh;

    @Option(names = "--dry-run",
            description = "Parse and analyse what a run would import; report what would be added, changed and "
                    + "rejected, and write nothing.")
    boolean dryRun;

    @Option(names = "--prune-missing",
            description = "Delete the articles of files no longer found under the inputs (by default they are kept).")
    boolean pruneMissing;

    @Option(names = "--include", paramLabel = "GLOB", defaultValue = "*.txt",
            description = "File names to import (default: ${DEFAULT-VALUE}); hidden files are always skipped.")
    String include;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "5MB",
            description = "Reject files larger than this, unread: bytes or with KB, MB, GB (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Option(names = "--no-encoding-fallback",
            description = "Reject files that are not valid UTF-8, instead of decoding them as windows-1252.")
    boolean noEncodingFallback;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "1000",
            description = "Files per transaction in the import (default: ${DEFAULT-VALUE}).")
    int chunkSize;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files analysed in parallel: the import is split into N partitions by file ID, each on "
                    + "its own thread (default: the number of processors, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--compact-every", paramLabel = "FILES", defaultValue = "50000",
            description = "Import in rounds of at most FILES files; between rounds the store file is compacted when "
                    + "it is at least --compact-at and has doubled since its last compaction (default: ${DEFAULT-VALUE}).")
    int compactEvery;

    @Option(names = "--compact-at", paramLabel = "SIZE", defaultValue = "64MB",
            description = "Compact the store file between import rounds and at the end of a run when it is at least "
                    + "SIZE and has doubled since its last compaction (H2 keeps every rewritten page until then); "
                    + "0 never compacts (default: ${DEFAULT-VALUE}).")
    String compactAt;

    @Option(names = "--skip-unchanged-folders",
            description = "Do not list a folder without subfolders whose modification time is the one the last run "
                    + "read: new, deleted and renamed files change it, files edited in place do not (they are "
                    + "then picked up only by a run without this option). For nightly runs over large archives.")
    boolean skipUnchangedFolders;

    @Option(names = "--keep-history-days", paramLabel = "DAYS", defaultValue = "90",
            description = "Prune job metadata of runs that ended more than DAYS ago (default: ${DEFAULT-VALUE}).")
    int historyDays;

    @Option(names = "--quiet", description = "No progress lines; only the closing summary and errors.")
    boolean quiet;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds between progress lines of the import (default: ${DEFAULT-VALUE}).")
    double progressEvery;

    @Option(names = "--evaluate", paramLabel = "GOLD.jsonl",
            description = "Measure the analysis: run the job on the files a gold file names (into a temporary "
                    + "folder, or --output if given) and print what score.py says. Replaces --input.")
    Path evaluate;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "With --evaluate: the folder the gold's file paths are relative to "
                    + "(default: ../corpus beside the gold file's folder, then the gold file's own folder).")
    Path corpus;

    @Option(names = "--score-script", paramLabel = "PATH",
            description = "With --evaluate: the scorer (default: score.py beside the gold file, or in its parent folder).")
    Path scoreScript;

    /** Checks the values and turns them into the run's settings. */
    RunSettings toSettings() {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("--input needs at least one directory");
        }
        for (Path input : inputs) {
            if (!java.nio.file.Files.isDirectory(input)) {
                throw new IllegalArgumentException("input directory " + input.toAbsolutePath()
                        + " does not exist or is not a directory; give an existing folder with --input");
            }
        }
        return settings(List.copyOf(inputs), output, fullRefresh, pruneMissing);
    }

    /**
     * The settings of an evaluation run: the input is the folder the gold's files were copied to, and
     * every table is rebuilt from it (full refresh, missing files pruned), so that the score never
     * reflects articles of an earlier run or an analysis older than the code being measured.
     */
    RunSettings toEvaluationSettings(Path input, Path evaluationOutput) {
        return settings(List.of(input), evaluationOutput, true, true);
    }

    /** Checks the options an evaluation does not accept, and the common values, before any file is copied. */
    void checkEvaluationOptions(boolean inputGiven) {
        if (inputGiven) {
            throw new IllegalArgumentException("--evaluate takes its input files from the gold file; leave out --input");
        }
        if (dryRun || pruneMissing || fullRefresh) {
            throw new IllegalArgumentException("--evaluate always rebuilds its output from the gold's files; "
                    + "leave out --dry-run, --full-refresh and --prune-missing");
        }
        settings(List.of(), output, true, true);
    }

    private RunSettings settings(List<Path> runInputs, Path runOutput, boolean refresh, boolean prune) {
        if (chunkSize < 1 || chunkSize > 100_000) {
            throw new IllegalArgumentException("--chunk-size must be between 1 and 100000, not " + chunkSize);
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("--threads must be between 1 and 256, not " + threads);
        }
        if (compactEvery < 1) {
            throw new IllegalArgumentException("--compact-every must be 1 or more files, not " + compactEvery);
        }
        if (historyDays < 0) {
            throw new IllegalArgumentException("--keep-history-days must be 0 or more, not " + historyDays);
        }
        if (!(progressEvery > 0)) {
            throw new IllegalArgumentException("--progress-every must be a positive number of seconds, not " + progressEvery);
        }
        return new RunSettings(runInputs, runOutput, include, parseSize(maxFileSize), !noEncodingFallback,
                refresh, prune, chunkSize, historyDays, !quiet, Math.round(progressEvery * 1000), threads,
                compactEvery, parseSize("--compact-at", compactAt, true), skipUnchangedFolders);
    }

    static long parseSize(String text) {
        return parseSize("--max-file-size", text, false);
    }

    /** A size in bytes, KB, MB or GB; {@code option} names it in the message when it is not one. */
    static long parseSize(String option, String text, boolean zeroAllowed) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        for (String[] suffix : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
            if (value.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                value = value.substring(0, value.length() - suffix[0].length()).trim();
                break;
            }
        }
        try {
            long size = Long.parseLong(value) * unit;
            if (size < 0 || size == 0 && !zeroAllowed) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a " + (zeroAllowed ? "" : "positive ")
                    + "size such as 5MB, 800KB or 1048576, not '" + text + "'");
        }
    }
}
