package org.recognitionetl.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The output of a file being written, which knows how many bytes it holds and can take a byte
 * range of another file without the bytes passing through the JVM ({@link FileChannel#transferTo},
 * a copy inside the kernel). A nightly publish copies the unchanged part of a previous file this way.
 *
 * <p>{@link #flush()} does nothing: writers over this stream flush often (to know where a group of
 * rows starts), and each flush would otherwise be a system call. The buffer is written out before
 * a copy and when the stream is closed.
 */
public final class SpliceOutput extends OutputStream {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private long position;

    SpliceOutput(FileChannel channel) {
        this.channel = channel;
    }

    /** The number of bytes written so far: the offset in the file of the next byte. */
    public long position() {
        return position;
    }

    @Override
    public void write(int b) throws IOException {
        if (!buffer.hasRemaining()) {
            drain();
        }
        buffer.put((byte) b);
        position++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.remaining()) {
            drain();
        }
        if (length > buffer.capacity()) {
            ByteBuffer whole = ByteBuffer.wrap(bytes, offset, length);
            while (whole.hasRemaining()) {
                channel.write(whole);
            }
        } else {
            buffer.put(bytes, offset, length);
        }
        position += length;
    }

    /** Appends bytes {@code [from, to)} of {@code source}. */
    public void copy(FileChannel source, long from, long to) throws IOException {
        drain();
        long at = from;
        while (at < to) {
            long moved = source.transferTo(at, to - at, channel);
            if (moved <= 0) {
                throw new IOException("the previous file ended at byte " + at + " where " + to + " bytes were expected");
            }
            at += moved;
        }
        position += to - from;
    }

    @Override
    public void flush() {
        // see the class comment: written out before a copy and on close
    }

    @Override
    public void close() throws IOException {
        drain();
    }

    private void drain() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
