package org.recognitionetl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The article files a benchmark reads: every *.txt under the folder given by {@code -p corpus=DIR}, by path. */
final class CorpusFolder {
    private CorpusFolder() {
    }

    static List<Path> articleFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("corpus folder " + folder.toAbsolutePath().normalize() + " does not exist; "
                    + "give one with -p corpus=DIR (e.g. -Dbench.args=\"-p corpus=/data/allsides\")");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }
}
