package org.recognitionetl.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where each group of rows ({@link ExportTable.Grouping}) starts in a published file, and, in
 * data.sql, where each table's section starts: kept beside the file as {@code .NAME.groups}, so that
 * the next nightly publish copies the unchanged groups as byte ranges instead of reading the file
 * record by record.
 *
 * <p>The index names the length and modification time of the file it describes. A file that no
 * longer matches them (written by an older version, replaced by hand, or a crash between the
 * file's rename and its index's) has no index: the publish reads it record by record, as before.
 *
 * @param marks in file order
 */
record GroupIndex(long fileLength, long fileModifiedNanos, List<Mark> marks) {
    private static final String FORMAT = "recognition-etl group index 1";

    /**
     * One table or group start.
     *
     * @param table  whether this is the start of a table's section in data.sql (else of a group)
     * @param name   the table's name or the group's key
     * @param offset the byte offset of its first line
     * @param rows   the group's number of rows (0 for a table mark)
     */
    record Mark(boolean table, String name, long offset, long rows) {
        Mark movedTo(long newOffset) {
            return new Mark(table, name, newOffset, rows);
        }
    }

    static Path sidecar(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".groups");
    }

    /** The index of {@code file}, if it has one that describes it as it is now. */
    static Optional<GroupIndex> of(Path file) throws IOException {
        List<Mark> marks = new ArrayList<>();
        long length;
        long modified;
        try (BufferedReader lines = Files.newBufferedReader(sidecar(file), StandardCharsets.UTF_8)) {
            if (!FORMAT.equals(lines.readLine())) {
                return Optional.empty();
            }
            String[] fileLine = lines.readLine().split(" ");
            length = Long.parseLong(fileLine[1]);
            modified = Long.parseLong(fileLine[2]);
            long lastOffset = -1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(" ");
                Mark mark = new Mark(fields[0].equals("table"), fields[1], Long.parseLong(fields[2]),
                        Long.parseLong(fields[3]));
                if (mark.offset() <= lastOffset || mark.offset() >= length) {
                    return Optional.empty();
                }
                lastOffset = mark.offset();
                marks.add(mark);
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            // a damaged index is no index: the file is read record by record
            return Optional.empty();
        }
        BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
        if (now.size() != length || now.lastModifiedTime().to(TimeUnit.NANOSECONDS) != modified) {
            return Optional.empty();
        }
        return Optional.of(new GroupIndex(length, modified, List.copyOf(marks)));
    }

    /** Writes the index of {@code file}, which holds the given marks, beside it (after it is in place). */
    static void write(Path file, List<Mark> marks) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        AtomicFile.write(sidecar(file), writer -> {
            writer.write(FORMAT + "\n");
            writer.write("file " + attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\n");
            for (Mark mark : marks) {
                writer.write((mark.table() ? "table " : "group ") + mark.name() + " " + mark.offset() + " " + mark.rows()
                        + "\n");
            }
        });
    }

    /** Where the mark at {@code index} ends: at the next mark, or at the end of the file. */
    long end(int index) {
        return index + 1 < marks.size() ? marks.get(index + 1).offset() : fileLength;
    }
}
