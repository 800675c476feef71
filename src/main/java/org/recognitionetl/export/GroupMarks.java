package org.recognitionetl.export;

import java.io.Flushable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.SortedSet;

/**
 * Records, while a grouped file is written, where each group (and each table of a month's SQL
 * file) starts and how many rows each group has, into the file's {@link GroupIndex}. Offsets are
 * taken after flushing the writer, so that they count every character written before them.
 */
final class GroupMarks {
    private final SpliceOutput out;
    private final Flushable writer;
    private final GroupIndex.Writer index;
    /** The mark started last, written to the index once its rows are counted. */
    private GroupIndex.Mark open;
    private long rowsOfOpen;

    private GroupMarks(SpliceOutput out, Flushable writer, GroupIndex.Writer index) {
        this.out = out;
        this.writer = writer;
        this.index = index;
    }

    /** Starts the marks of a file once its content has the writer that the marks must flush. */
    @FunctionalInterface
    interface Start {
        GroupMarks over(Flushable writer);
    }

    /** What a grouped file holds, written to its output with the marks it starts. */
    @FunctionalInterface
    interface Content {
        void writeTo(SpliceOutput out, Start marks) throws IOException;
    }

    /**
     * Writes {@code file} in place ({@link AtomicFile}) and then its group index beside it; if the
     * content fails, the file stays as it was and no index is left half-written.
     */
    static void writeIndexed(Path file, Content content) throws IOException {
        try (GroupIndex.Writer index = new GroupIndex.Writer(file)) {
            GroupMarks[] marks = {null};
            AtomicFile.writeSpliced(file, out -> content.writeTo(out, writer -> marks[0] = new GroupMarks(out, writer, index)));
            marks[0].closeOpen();
            index.finish();
        }
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
    private long copy(FileChannel previous, GroupIndex.Marks marks, GroupIndex.Mark first, String stop) throws IOException {
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

    /** Writes one changed group from the store; returns its number of rows (0 if it has gone). */
    @FunctionalInterface
    interface GroupWriter {
        long write(String key) throws IOException;
    }

    /**
     * Merges the groups of a previous file, from the index's next mark up to the next table mark
     * (or the end), with the changed groups: unchanged runs of groups are copied as byte ranges,
     * changed groups written by {@code writer} in key order. Returns the number of rows.
     */
    long mergeGroups(FileChannel previous, GroupIndex.Marks index, SortedSet<String> dirty, GroupWriter writer)
            throws IOException {
        Iterator<String> changed = dirty.iterator();
        String nextChanged = changed.hasNext() ? changed.next() : null;
        long rows = 0;
        String group = null;
        while (index.peek() != null && !index.peek().table()) {
            GroupIndex.Mark mark = index.next();
            String key = mark.name();
            if (group != null && key.compareTo(group) <= 0) {
                throw new GroupIndex.DamagedIndex(mark.line());
            }
            while (nextChanged != null && nextChanged.compareTo(key) < 0) {
                rows += writer.write(nextChanged);
                nextChanged = changed.hasNext() ? changed.next() : null;
            }
            if (key.equals(nextChanged)) {
                rows += writer.write(key);
                nextChanged = changed.hasNext() ? changed.next() : null;
                group = key;
                continue;
            }
            // this group and the unchanged ones after it, up to the next changed one, move in one copy
            rows += copy(previous, index, mark, nextChanged);
            group = index.taken().name();
        }
        while (nextChanged != null) {
            rows += writer.write(nextChanged);
            nextChanged = changed.hasNext() ? changed.next() : null;
        }
        return rows;
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
