package org.recognitionetl.discover;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Walks the input roots lazily, one directory listing open at a time, so that memory stays flat
 * however many files an archive holds. Hidden files and folders (name starting with a dot) are
 * skipped; only files whose name matches the include pattern are returned. Links to directories
 * are not followed (their files are reached through the real folder if it lies under a root).
 *
 * <p>Not restartable by itself, and need not be: discovery is idempotent, so a restarted run walks
 * again from the start.
 */
public class FileWalker implements ItemReader<DiscoveredFile> {
    private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final List<Path> roots;
    private final PathMatcher include;
    private final Consumer<String> warnings;
    private final FolderTimes folderTimes;
    private final Deque<Listing> stack = new ArrayDeque<>();
    private int nextRoot;
    private boolean finished;

    public FileWalker(InputRoots roots, String includeGlob, Consumer<String> warnings) {
        this(roots, includeGlob, warnings, null);
    }

    /**
     * @param folderTimes told of each folder without subfolders before it is listed, and may have the
     *                    walk pass it over (null: every folder is listed)
     */
    public FileWalker(InputRoots roots, String includeGlob, Consumer<String> warnings, FolderTimes folderTimes) {
        this.roots = roots.roots();
        this.include = FileSystems.getDefault().getPathMatcher("glob:" + includeGlob);
        this.warnings = warnings;
        this.folderTimes = folderTimes;
    }

    @Override
    public DiscoveredFile read() {
        while (true) {
            if (stack.isEmpty()) {
                if (nextRoot >= roots.size()) {
                    finished = true;
                    return null;
                }
                Path root = roots.get(nextRoot++);
                open(root, root);
                continue;
            }
            Listing top = stack.peek();
            if (!top.entries.hasNext()) {
                close(stack.pop());
                if (top.leaf != null) {
                    folderTimes.listed(top.leaf, top.found);
                }
                continue;
            }
            Path entry = top.entries.next();
            if (entry.getFileName().toString().startsWith(".")) {
                continue;
            }
            DiscoveredFile found = visit(top.root, entry);
            if (found != null) {
                top.found++;
                return found;
            }
        }
    }

    private DiscoveredFile visit(Path root, Path entry) {
        try {
            BasicFileAttributes own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (own.isDirectory()) {
                open(root, entry);
                return null;
            }
            if (!include.matches(entry.getFileName())) {
                return null;
            }
            long size = own.size();
            long modified = own.lastModifiedTime().toMillis();
            if (own.isSymbolicLink()) {
                // The link is reported with its target's size and time when the target exists; the
                // import checks where it leads before reading anything.
                try {
                    BasicFileAttributes target = Files.readAttributes(entry, BasicFileAttributes.class);
                    if (target.isDirectory()) {
                        return null;
                    }
                    size = target.size();
                    modified = target.lastModifiedTime().toMillis();
                } catch (IOException broken) {
                    size = -1;
                }
            } else if (!own.isRegularFile()) {
                return null;
            }
            return new DiscoveredFile(root.toString(), relative(root, entry), size, modified);
        } catch (IOException e) {
            warnings.accept("cannot read " + entry + ": " + e.getMessage() + " (skipped; check its permissions)");
            distrust(root, entry.getParent());
            return null;
        }
    }

    static String relative(Path root, Path file) {
        Path rel = root.relativize(file);
        StringBuilder out = new StringBuilder();
        for (Path part : rel) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    private void open(Path root, Path dir) {
        try {
            FolderTimes.Folder leaf = folderTimes == null ? null : leafFolder(root, dir);
            if (leaf != null && folderTimes.passOver(leaf)) {
                return;
            }
            DirectoryStream<Path> stream = Files.newDirectoryStream(dir);
            stack.push(new Listing(root, stream, stream.iterator(), leaf));
        } catch (IOException e) {
            warnings.accept("cannot list folder " + dir + ": " + e.getMessage() + " (skipped; check its permissions)");
            distrust(root, dir);
        }
    }

    /**
     * The folder with its time, read before listing it (a file added while it is listed changes the
     * time again, so the next run lists it), if it has no subfolders; else null. Only a folder
     * without subfolders may be passed over: a folder's time does not change when a file changes
     * deeper down. A Unix folder's link count is 2 plus its subfolders; where the file system says
     * otherwise (btrfs counts 1) or has no link count, every folder is listed.
     */
    private FolderTimes.Folder leafFolder(Path root, Path dir) throws IOException {
        Map<String, Object> attributes;
        try {
            // one stat for both
            attributes = Files.readAttributes(dir, "unix:nlink,lastModifiedTime");
        } catch (UnsupportedOperationException | IllegalArgumentException noLinkCount) {
            return null;
        }
        if (!(attributes.get("nlink") instanceof Integer count) || count != 2
                || !(attributes.get("lastModifiedTime") instanceof FileTime time)) {
            return null;
        }
        long nanos = time.to(TimeUnit.NANOSECONDS);
        if (nanos > TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()) - RACY_NANOS) {
            // changed moments ago: a file created within the file system's time tick (a few ms) would
            // leave the time as it is now, so this time cannot vouch for the listing; the next run lists it
            nanos = FolderTimes.UNTRUSTED;
        }
        return new FolderTimes.Folder(root.toString(), relative(root, dir), nanos);
    }

    /**
     * A folder the walk could not read in full must be listed again by the next run, even if its time
     * stays as it is: fixing a file's permissions does not change its folder's time.
     */
    private void distrust(Path root, Path dir) {
        if (folderTimes != null && dir != null) {
            folderTimes.distrust(root.toString(), relative(root, dir));
        }
    }

    private static void close(Listing listing) {
        try {
            listing.stream.close();
        } catch (IOException ignored) {
            // a listing that fails to close has already been read in full
        }
    }

    /** Whether the walk reached its end (every root walked), rather than stopping half-way. */
    public boolean finished() {
        return finished;
    }

    /** Closes any listings still open (when a run stops before the walk ends). */
    public void close() {
        while (!stack.isEmpty()) {
            close(stack.pop());
        }
    }

    /** A folder being listed; {@code leaf} is set for a folder without subfolders, whose files are counted. */
    private static final class Listing {
        final Path root;
        final DirectoryStream<Path> stream;
        final Iterator<Path> entries;
        final FolderTimes.Folder leaf;
        long found;

        Listing(Path root, DirectoryStream<Path> stream, Iterator<Path> entries, FolderTimes.Folder leaf) {
            this.root = root;
            this.stream = stream;
            this.entries = entries;
            this.leaf = leaf;
        }
    }
}
