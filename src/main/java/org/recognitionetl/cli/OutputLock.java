package org.recognitionetl.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One run at a time per output directory: an operating-system lock on {@code OUTPUT/.lock}, taken
 * before anything else is opened. The operating system releases it when the process ends, however
 * it ends, so a killed run never leaves a stale lock behind.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE_NAME = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another process holds the output directory. */
    public static final class HeldException extends Exception {
        public HeldException(String message) {
            super(message);
        }
    }

    public static OutputLock acquire(Path outputDir) throws IOException, HeldException {
        Files.createDirectories(outputDir);
        Path file = outputDir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
            channel.close();
            throw new HeldException("another run holds the output directory " + outputDir.toAbsolutePath()
                    + (holder.isEmpty() ? "" : " (" + holder + ")")
                    + "; nothing was changed. Wait for it to finish, or give this run another --output");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
