package org.recognitionetl.export;

import java.io.Flushable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Records, while a grouped file is written, where each group (and each table of data.sql) starts
 * and how many rows each group has, for the file's {@link GroupIndex}. Offsets are taken after
 * flushing the writer, so that they count every character written before them.
 */
final class GroupMarks {
    private final SpliceOutput out;
    private final Flushable writer;
    private final List<GroupIndex.Mark> marks = new ArrayList<>();
    private long rowsOfLast;

    GroupMarks(SpliceOutput out, Flushable writer) {
        this.out = out;
        this.writer = writer;
    }

    void table(String name) throws IOException {
        add(true, name);
    }

    void group(String key) throws IOException {
        add(false, key);
    }

    /** One more row in the group started last. */
    void row() {
        rowsOfLast++;
    }

    /**
     * Copies marks {@code [first, last]} of a previous file, with the bytes they cover, to the
     * file being written; returns the number of rows copied.
     */
    long copy(FileChannel previous, GroupIndex index, int first, int last) throws IOException {
        writer.flush();
        closeLast();
        long from = index.marks().get(first).offset();
        long to = index.end(last);
        long base = out.position();
        long rows = 0;
        for (int i = first; i <= last; i++) {
            GroupIndex.Mark mark = index.marks().get(i);
            marks.add(mark.movedTo(base + mark.offset() - from));
            rows += mark.rows();
        }
        out.copy(previous, from, to);
        return rows;
    }

    /** Writes the index of {@code file}, now in place. */
    void writeIndex(Path file) throws IOException {
        closeLast();
        GroupIndex.write(file, marks);
    }

    private void add(boolean table, String name) throws IOException {
        writer.flush();
        closeLast();
        marks.add(new GroupIndex.Mark(table, name, out.position(), 0));
    }

    private void closeLast() {
        if (rowsOfLast > 0) {
            GroupIndex.Mark last = marks.remove(marks.size() - 1);
            marks.add(new GroupIndex.Mark(last.table(), last.name(), last.offset(), last.rows() + rowsOfLast));
            rowsOfLast = 0;
        }
    }
}
