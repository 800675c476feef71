package org.recognitionetl.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file under a temporary name beside it and renames it into place, so that a reader sees
 * either the previous file or the new one whole, never a half-written file.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    public interface Spliced {
        void writeTo(SpliceOutput out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        writeBytes(target, out -> {
            Writer encoder = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // content may close its writer (a JSON generator does): the file is closed, and renamed, here
            Writer writer = new java.io.FilterWriter(encoder) {
                @Override
                public void close() throws IOException {
                    encoder.flush();
                }
            };
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Like {@link #write}, for content that copies bytes (a nightly publish copies unchanged rows). */
    public static void writeBytes(Path target, Bytes content) throws IOException {
        writeSpliced(target, content::writeTo);
    }

    /** Like {@link #writeBytes}, for content that also copies byte ranges of other files and needs its offsets. */
    public static void writeSpliced(Path target, Spliced content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
             SpliceOutput out = new SpliceOutput(channel)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            // the previous file stays; a half-written copy of the new one would only take disk space
            Files.deleteIfExists(temporary);
            throw e;
        }
        moveIntoPlace(temporary, target);
    }

    /** Renames a finished temporary file over {@code target}, atomically where the file system can. */
    static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
