package org.recognitionetl.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

    /** A view of {@code out} whose flush does nothing: writers over it hand their bytes on without a system call. */
    public static OutputStream unflushed(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() {
                // the caller's stream is flushed when it is closed
            }
        };
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
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
            content.writeTo(out);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
