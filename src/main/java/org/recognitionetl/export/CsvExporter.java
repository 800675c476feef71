package org.recognitionetl.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.BiConsumer;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishes every table as an RFC 4180 CSV file (UTF-8, header row, CRLF line ends, quotes only
 * where a cell needs them) under {@code OUTPUT/csv/}, in the stable row order of its query.
 *
 * <p>A nightly publish rewrites a large table by merging: the groups of rows that did not change
 * are copied byte for byte from the previous file (as byte ranges, found in its {@link GroupIndex};
 * record by record where it has none), and the changed groups are written from the store in their
 * place. Each row is written by the same code either way, so the file is byte-identical to a full
 * export of the same store.
 */
public class CsvExporter {
    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    public CsvExporter(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** Writes all tables whole; returns the number of rows written per table. */
    public Map<String, Long> export(Path csvDir) throws IOException {
        return publish(csvDir, PublishChanges.FULL);
    }

    /** Writes all tables, merging the changed groups into the previous files where it can. */
    public Map<String, Long> publish(Path csvDir, PublishChanges changes) throws IOException {
        return publish(csvDir, changes, (file, rows) -> { });
    }

    /**
     * As {@link #publish(Path, PublishChanges)}, telling {@code written} of each file (its name, its
     * rows) once it is in place: writing a million articles' files takes minutes.
     */
    public Map<String, Long> publish(Path csvDir, PublishChanges changes, BiConsumer<String, Long> written)
            throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ExportTable table : ExportTable.ALL) {
            Path target = csvDir.resolve(table.csvFile());
            Long merged = null;
            if (!changes.full() && table.grouping() != ExportTable.Grouping.NONE && Files.isRegularFile(target)) {
                merged = merge(table, target, changes.dirty(table.grouping()));
            }
            counts.put(table.name(), merged != null ? merged : export(table, target));
            written.accept(table.csvFile(), counts.get(table.name()));
        }
        return counts;
    }

    long export(ExportTable table, Path target) throws IOException {
        long[] rows = {0};
        if (table.grouping() == ExportTable.Grouping.NONE) {
            AtomicFile.write(target, writer -> rows[0] = writeTable(table, csvWriter(writer), null, target));
        } else {
            GroupMarks.writeIndexed(target, (out, marks) -> {
                ICSVWriter csv = csvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                rows[0] = writeTable(table, csv, marks.over(csv), target);
            });
        }
        return rows[0];
    }

    private long writeTable(ExportTable table, ICSVWriter csv, GroupMarks marks, Path target) throws IOException {
        long[] rows = {0};
        csv.writeNext(table.headerCells(), false);
        jdbc.query(table.query(), (ResultSet rs) -> {
            rows[0] += writeRows(rs, csv, table.grouping(), marks);
            return null;
        });
        flush(csv, target);
        return rows[0];
    }

    /**
     * Whether the files under {@code csvDir} already show the store, when no article changed: every
     * file is there, and each small table's file (written whole from the store by every publish)
     * holds the bytes a publish would write now. The rejects can change in a run that changes no
     * article (a new file that is rejected), and this catches that. The grouped tables' files need
     * no check: only an article's change changes their rows, and the change log lists every one.
     */
    public boolean showsUnchangedStore(Path csvDir) throws IOException {
        for (ExportTable table : ExportTable.ALL) {
            Path target = csvDir.resolve(table.csvFile());
            if (!Files.isRegularFile(target)) {
                return false;
            }
            if (table.grouping() == ExportTable.Grouping.NONE) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                writeTable(table, csvWriter(writer), null, target);
                writer.flush();
                if (bytes.size() != Files.size(target) || !Arrays.equals(bytes.toByteArray(), Files.readAllBytes(target))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The number of rows of each table, as a publish would count them. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ExportTable table : ExportTable.ALL) {
            counts.put(table.name(), jdbc.queryForObject("SELECT COUNT(*) FROM " + table.from(), Long.class));
        }
        return counts;
    }

    /**
     * Writes {@code target} again from the previous file and the changed groups; null (and nothing
     * written) if the previous file is not one this version wrote in this order. With the previous
     * file's {@link GroupIndex} the unchanged groups are copied as byte ranges; without it the file
     * is read record by record.
     */
    Long merge(ExportTable table, Path target, SortedSet<String> dirty) throws IOException {
        long[] rows = {0};
        try (GroupIndex.Marks index = GroupIndex.open(target).orElse(null)) {
            GroupMarks.writeIndexed(target, (out, start) -> {
                ICSVWriter csv = csvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                GroupMarks marks = start.over(csv);
                csv.writeNext(table.headerCells(), false);
                flush(csv, target);
                if (index != null) {
                    try (FileChannel previous = FileChannel.open(target, StandardOpenOption.READ)) {
                        rows[0] = mergeByIndex(table, previous, index, out.position(), dirty, csv, marks, target);
                    }
                } else {
                    try (InputStream previous = Files.newInputStream(target);
                         RecordScanner records = new RecordScanner(previous, '"')) {
                        rows[0] = mergeByRecords(table, records, dirty, csv, marks, out, target);
                    }
                }
            });
        } catch (NotMergeable | GroupIndex.DamagedIndex e) {
            return null;
        }
        return rows[0];
    }

    private long mergeByIndex(ExportTable table, FileChannel previous, GroupIndex.Marks index, long headerLength,
                              SortedSet<String> dirty, ICSVWriter csv, GroupMarks marks, Path target)
            throws IOException {
        long previousHeader = index.peek() == null ? index.fileLength() : index.peek().offset();
        ByteBuffer header = ByteBuffer.allocate((int) Math.min(previousHeader, 1 << 16));
        previous.read(header, 0);
        String expected = String.join(",", table.headerCells()) + "\r\n";
        if (previousHeader != headerLength || !expected.equals(new String(header.array(), 0, header.position(),
                StandardCharsets.UTF_8))) {
            throw new NotMergeable();
        }
        long rows = marks.mergeGroups(previous, index, dirty, key -> writeGroup(table, key, csv, marks));
        if (index.peek() != null) {
            // a table mark: an index of a month's SQL file, not of a CSV file
            throw new NotMergeable();
        }
        flush(csv, target);
        return rows;
    }

    private long mergeByRecords(ExportTable table, RecordScanner records, SortedSet<String> dirty, ICSVWriter csv,
                                GroupMarks marks, OutputStream out, Path target) throws IOException {
        // rows written from the store and rows copied go to the same output, in order: flushing the
        // CSV writer only empties its encoder into that output's buffer
        String header = String.join(",", table.headerCells());
        if (!records.next() || !records.text().equals(header)) {
            throw new NotMergeable();
        }
        ExportTable.Grouping grouping = table.grouping();
        Iterator<String> changed = dirty.iterator();
        String nextChanged = changed.hasNext() ? changed.next() : null;
        String group = null;
        boolean copying = true;
        long rows = 0;
        while (records.next()) {
            String key = records.csvField(grouping.keyColumn);
            if (!key.equals(group)) {
                if (group != null && key.compareTo(group) < 0) {
                    throw new NotMergeable();
                }
                group = key;
                while (nextChanged != null && nextChanged.compareTo(key) < 0) {
                    rows += writeGroup(table, nextChanged, csv, marks);
                    nextChanged = changed.hasNext() ? changed.next() : null;
                }
                copying = !key.equals(nextChanged);
                if (!copying) {
                    rows += writeGroup(table, key, csv, marks);
                    nextChanged = changed.hasNext() ? changed.next() : null;
                } else {
                    marks.group(key);
                }
                flush(csv, target);
            }
            if (copying) {
                records.copyTo(out);
                marks.row();
                rows++;
            }
        }
        while (nextChanged != null) {
            rows += writeGroup(table, nextChanged, csv, marks);
            nextChanged = changed.hasNext() ? changed.next() : null;
        }
        flush(csv, target);
        return rows;
    }

    private long writeGroup(ExportTable table, String key, ICSVWriter csv, GroupMarks marks) {
        Long rows = jdbc.query(table.groupQuery(), (ResultSet rs) -> writeRows(rs, csv, table.grouping(), marks),
                table.grouping().parameters(key));
        return rows == null ? 0 : rows;
    }

    private static ICSVWriter csvWriter(Writer writer) {
        return new CSVWriterBuilder(writer).withLineEnd("\r\n").build();
    }

    private static void flush(ICSVWriter csv, Path target) throws IOException {
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("writing " + target + " failed (disk full?)", csv.getException());
        }
    }

    /** Writes the rows; with {@code marks}, records where each group starts and its number of rows. */
    private static long writeRows(ResultSet rs, ICSVWriter csv, ExportTable.Grouping grouping, GroupMarks marks)
            throws SQLException {
        String[] cells = new String[rs.getMetaData().getColumnCount()];
        long rows = 0;
        String group = null;
        while (rs.next()) {
            if (marks != null) {
                String key = rs.getString(grouping.keyColumn + 1);
                if (!key.equals(group)) {
                    group = key;
                    try {
                        marks.group(key);
                    } catch (IOException e) {
                        throw new SQLException("writing a CSV file failed: " + e.getMessage(), e);
                    }
                }
                marks.row();
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = CsvCells.neutralise(rs.getString(i + 1));
            }
            csv.writeNext(cells, false);
            rows++;
        }
        return rows;
    }

    /** The previous file is not a base to merge into: it is written whole instead. */
    private static final class NotMergeable extends IOException {
        NotMergeable() {
            super("the previous file cannot be merged");
        }
    }
}
