package org.recognitionetl.export;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Records, while a grouped file is written, where each group (and each table of data.sql) starts
 * and how many rows each group has, into the file's {@link GroupIndex}. Offsets are taken after
 * flushing the writer, so that they count every character written before them.
 */
final class GroupMarks implements Closeable {
    private final SpliceOutput out;
    private final Flushable writer;
    private final GroupIndex.Writer index;
    /** The mark started last, written to the index once its rows are counted. */
    private GroupIndex.Mark open;
    private long rowsOfOpen;

    GroupMarks(Path file, SpliceOutput out, Flushable writer) throws IOException {
        this.out = out;
        this.writer = writer;
        this.index = new GroupIndex.Writer(file);
    }

    void table(String name) throws IOException {
        start(new GroupIndex.Mark(true, name, position(), 0));
    }

    void group(String key) throws IOException {
        start(new GroupIndex.Mark(false, key, position(), 0));
    }

    /** One more row in the group started last. */
    void row() {
        rowsOfOpen++;
    }

    /**
     * Copies {@code first}, a group the previous file's index just gave, and the groups after it
     * whose keys sort before {@code stop} (all of them when null; never past a table), with the
     * bytes they cover; returns the number of rows copied. Afterwards {@code marks.taken()} is the
     * last group copied.
     */
    long copy(FileChannel previous, GroupIndex.Marks marks, GroupIndex.Mark first, String stop) throws IOException {
        long shift = position() - first.offset();
        start(first.movedBy(shift));
        long rows = first.rows();
        while (marks.peek() != null && !marks.peek().table() && (stop == null || marks.peek().name().compareTo(stop) < 0)) {
            String before = marks.taken().name();
            GroupIndex.Mark mark = marks.next();
            if (mark.name().compareTo(before) <= 0) {
                throw new GroupIndex.DamagedIndex(mark.line());
            }
            start(mark.movedBy(shift));
            rows += mark.rows();
        }
        out.copy(previous, first.offset(), marks.endOfTaken());
        return rows;
    }

    /** Puts the index beside {@code file}, now in place. */
    void finish() throws IOException {
        closeOpen();
        index.finish();
    }

    /** Drops an unfinished index (the file was not written). */
    @Override
    public void close() throws IOException {
        index.close();
    }

    private long position() throws IOException {
        writer.flush();
        return out.position();
    }

    private void start(GroupIndex.Mark mark) throws IOException {
        closeOpen();
        open = mark;
    }

    private void closeOpen() throws IOException {
        if (open != null) {
            index.add(new GroupIndex.Mark(open.table(), open.name(), open.offset(), open.rows() + rowsOfOpen));
            open = null;
        }
        rowsOfOpen = 0;
    }
}
