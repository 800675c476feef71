package org.recognitionetl.discover;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The input directories of a run, resolved to their real paths, so that a file can be checked to
 * lie inside one of them before it is read (a symbolic link must never lead the job outside).
 */
public final class InputRoots {
    private final List<Path> roots;
    private final List<Path> realRoots;

    public InputRoots(List<Path> roots) {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<Path> real = new ArrayList<>();
        for (Path root : this.roots) {
            try {
                real.add(root.toRealPath());
            } catch (IOException e) {
                throw new UncheckedIOException("input directory " + root + " cannot be read: " + e.getMessage(), e);
            }
        }
        this.realRoots = List.copyOf(real);
    }

    public List<Path> roots() {
        return roots;
    }

    /** Whether {@code file}, after following every link, lies inside one of the roots. */
    public boolean contains(Path file) throws IOException {
        Path real = file.toRealPath();
        for (Path root : realRoots) {
            if (real.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /** A comma-separated form, used as the job parameter that identifies the run's inputs. */
    public String asParameter() {
        return String.join(",", roots.stream().map(Path::toString).toList());
    }
}
