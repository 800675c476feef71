package org.recognitionetl.export;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where each group of rows ({@link ExportTable.Grouping}: a publication date, an article) starts
 * in a published file, and, in a month's SQL file, where each table's section starts: kept beside
 * the file as {@code .NAME.groups}, so that the next nightly publish copies the unchanged groups as
 * byte ranges instead of reading the file record by record.
 *
 * <p>The index is a text file, one mark a line in file order, read and written as a stream (a
 * million articles are a million marks, which the heap of a bulk import has no room for). Its last
 * line names the length and modification time of the file it describes. A file that no longer
 * matches them (written by an older version, replaced by hand, or a crash between the file's rename
 * and its index's) has no index: the publish reads it record by record, as before.
 */
final class GroupIndex {
    private static final String FORMAT = "recognition-etl group index 2";
    private static final String FILE = "file ";

    private GroupIndex() {
    }

    /**
     * One table or group start.
     *
     * @param table  whether this starts a table's section in a month's SQL file (else a group)
     * @param name   the table's name or the group's key
     * @param offset the byte offset of its first line
     * @param rows   the group's number of rows (0 for a table mark)
     */
    record Mark(boolean table, String name, long offset, long rows) {
        Mark movedBy(long shift) {
            return new Mark(table, name, offset + shift, rows);
        }

        String line() {
            return (table ? "table " : "group ") + name + " " + offset + " " + rows;
        }

        static Mark parse(String line) {
            String[] fields = line.split(" ");
            if (fields.length != 4 || !(fields[0].equals("table") || fields[0].equals("group"))) {
                throw new IllegalArgumentException("not a mark: " + line);
            }
            return new Mark(fields[0].equals("table"), fields[1], Long.parseLong(fields[2]), Long.parseLong(fields[3]));
        }
    }

    static Path sidecar(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".groups");
    }

    /** The index of {@code file}, opened at its first mark, if it has one that describes the file as it is now. */
    static Optional<Marks> open(Path file) throws IOException {
        Path sidecar = sidecar(file);
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        String last;
        try (RandomAccessFile tail = new RandomAccessFile(sidecar.toFile(), "r")) {
            long length = tail.length();
            byte[] end = new byte[(int) Math.min(length, 256)];
            tail.seek(length - end.length);
            tail.readFully(end);
            String text = new String(end, StandardCharsets.UTF_8).stripTrailing();
            last = text.substring(text.lastIndexOf('\n') + 1);
        }
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
        String expected = FILE + now.size() + " " + now.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        if (!last.equals(expected)) {
            return Optional.empty();
        }
        BufferedReader lines = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8);
        if (!FORMAT.equals(lines.readLine())) {
            lines.close();
            return Optional.empty();
        }
        return Optional.of(new Marks(lines, now.size()));
    }

    /** The marks of an index, read one at a time, each checked to lie after the one before and inside the file. */
    static final class Marks implements Closeable {
        private final BufferedReader lines;
        private final long fileLength;
        private Mark next;
        private Mark taken;
        private long lastOffset = -1;

        private Marks(BufferedReader lines, long fileLength) throws IOException {
            this.lines = lines;
            this.fileLength = fileLength;
            advance();
        }

        /** The next mark, not taken; null at the end. */
        Mark peek() {
            return next;
        }

        Mark next() throws IOException {
            taken = next;
            advance();
            return taken;
        }

        /** The mark taken last. */
        Mark taken() {
            return taken;
        }

        /** Where the mark taken last ends: at the next mark, or at the end of the file. */
        long endOfTaken() {
            return next == null ? fileLength : next.offset();
        }

        long fileLength() {
            return fileLength;
        }

        private void advance() throws IOException {
            String line = lines.readLine();
            if (line == null || line.startsWith(FILE)) {
                next = null;
                return;
            }
            Mark mark;
            try {
                mark = Mark.parse(line);
            } catch (IllegalArgumentException e) {
                throw new DamagedIndex(line);
            }
            if (mark.offset() <= lastOffset || mark.offset() >= fileLength) {
                throw new DamagedIndex(line);
            }
            lastOffset = mark.offset();
            next = mark;
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    /** Writes the index of a file while the file is written; {@link #finish} puts it in place once the file is. */
    static final class Writer implements Closeable {
        private final Path file;
        private final Path temporary;
        private final BufferedWriter out;

        Writer(Path file) throws IOException {
            this.file = file;
            this.temporary = sidecar(file).resolveSibling(sidecar(file).getFileName() + ".tmp");
            Files.createDirectories(file.getParent());
            this.out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
            out.write(FORMAT + "\n");
        }

        void add(Mark mark) throws IOException {
            out.write(mark.line());
            out.write('\n');
        }

        /** Seals the index with the length and time of {@code file}, now in place, and renames it beside it. */
        void finish() throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            out.write(FILE + attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\n");
            out.close();
            AtomicFile.moveIntoPlace(temporary, sidecar(file));
        }

        /** Closes an index left unfinished (the file was not written) and removes it. */
        @Override
        public void close() throws IOException {
            out.close();
            Files.deleteIfExists(temporary);
        }
    }

    /** An index whose marks are not in file order or not inside the file: the file is written whole. */
    static final class DamagedIndex extends IOException {
        DamagedIndex(String line) {
            super("the group index has a mark out of place: " + line);
        }
    }
}
