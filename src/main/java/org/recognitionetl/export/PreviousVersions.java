package org.recognitionetl.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Keeps the previous version of each published file under a second name (a hard link) while a
 * publish writes the new one, and deletes it on a thread of its own once the new version is in
 * place. Renaming a new file over the only name of a large one frees the old file's blocks inside
 * the rename: over a million articles, renaming the new {@code quotes.csv} and the single
 * SQL file of that time took 2.7 s of a night's publish on this machine (ext4 mounted with {@code discard}), the main
 * thread waiting. With the second name the rename is instant and the blocks are freed while the
 * publish goes on. Where the file system has no hard links, the rename frees them as before.
 *
 * <p>A run stopped before its end leaves a {@code .NAME.previous} file; the next publish deletes it.
 */
public final class PreviousVersions {
    private final Map<Path, Path> kept = new LinkedHashMap<>();
    private final List<Future<String>> deletions = new ArrayList<>();
    private final ExecutorService deleter = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "previous-versions");
        thread.setDaemon(true);
        return thread;
    });

    private PreviousVersions() {
    }

    /** Links each given file that exists to {@code .NAME.previous} beside it, first deleting one left by a stopped run. */
    public static PreviousVersions keep(List<Path> files) throws IOException {
        PreviousVersions versions = new PreviousVersions();
        for (Path file : files) {
            Path previous = previousOf(file);
            Files.deleteIfExists(previous);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.createLink(previous, file);
                versions.kept.put(file, previous);
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                // the rename over the file frees it, as without this class
            }
        }
        return versions;
    }

    /** The second name of a file's previous version. */
    static Path previousOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".previous");
    }

    /** The new version of {@code file} is in place (or the file stays as it was): its previous version may go. */
    public synchronized void release(Path file) {
        Path previous = kept.remove(file);
        if (previous != null) {
            deletions.add(deleter.submit(() -> {
                try {
                    Files.deleteIfExists(previous);
                    return null;
                } catch (IOException e) {
                    return "could not delete " + previous + ", the previous version of " + file + ": " + e.getMessage()
                            + " (delete it by hand to free its disk space; the next run tries again)";
                }
            }));
        }
    }

    /**
     * Releases what is still kept, waits until every previous version is deleted, and stops the
     * thread that deletes them.
     *
     * @return a warning for each that could not be
     */
    public synchronized List<String> awaitDeleted() {
        for (Path file : List.copyOf(kept.keySet())) {
            release(file);
        }
        List<String> warnings = new ArrayList<>();
        for (Future<String> deletion : deletions) {
            try {
                String warning = deletion.get();
                if (warning != null) {
                    warnings.add(warning);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                warnings.add("stopped while deleting the previous versions of the published files: " + e.getMessage());
                break;
            } catch (ExecutionException e) {
                warnings.add("deleting a previous version of a published file failed: " + e.getCause());
            }
        }
        deletions.clear();
        deleter.shutdown();
        return warnings;
    }
}
