package org.recognitionetl.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishes every table as an RFC 4180 CSV file (UTF-8, header row, CRLF line ends, quotes only
 * where a cell needs them) under {@code OUTPUT/csv/}, in the stable row order of its query.
 *
 * <p>A nightly publish rewrites a large table by merging: the previous file is read record by
 * record, the groups of rows that did not change are copied byte for byte, and the changed groups
 * are written from the store in their place. Each row is written by the same code either way, so
 * the file is byte-identical to a full export of the same store.
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
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ExportTable table : ExportTable.ALL) {
            Path target = csvDir.resolve(table.csvFile());
            Long merged = null;
            if (!changes.full() && table.grouping() != ExportTable.Grouping.NONE && Files.isRegularFile(target)) {
                merged = merge(table, target, changes.dirty(table.grouping()));
            }
            counts.put(table.name(), merged != null ? merged : export(table, target));
        }
        return counts;
    }

    long export(ExportTable table, Path target) throws IOException {
        long[] rows = {0};
        AtomicFile.write(target, writer -> rows[0] = writeTable(table, writer, target));
        return rows[0];
    }

    private long writeTable(ExportTable table, Writer writer, Path target) throws IOException {
        long[] rows = {0};
        ICSVWriter csv = csvWriter(writer);
        csv.writeNext(table.headerCells(), false);
        jdbc.query(table.query(), (ResultSet rs) -> {
            rows[0] += writeRows(rs, csv);
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
                writeTable(table, writer, target);
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
     * written) if the previous file is not one this version wrote in this order.
     */
    Long merge(ExportTable table, Path target, SortedSet<String> dirty) throws IOException {
        long[] rows = {0};
        try {
            AtomicFile.writeBytes(target, out -> {
                try (InputStream previous = Files.newInputStream(target);
                     RecordScanner records = new RecordScanner(previous, '"')) {
                    rows[0] = merge(table, records, dirty, out, target);
                }
            });
            return rows[0];
        } catch (NotMergeable e) {
            return null;
        }
    }

    private long merge(ExportTable table, RecordScanner records, SortedSet<String> dirty, OutputStream out,
                       Path target) throws IOException {
        // rows written from the store and rows copied go to the same buffer, in order: flushing the
        // CSV writer only empties its encoder into that buffer
        Writer writer = new OutputStreamWriter(AtomicFile.unflushed(out), StandardCharsets.UTF_8);
        ICSVWriter csv = csvWriter(writer);
        csv.writeNext(table.headerCells(), false);
        flush(csv, target);
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
            String key = grouping.key(records.csvField(grouping.keyColumn));
            if (!key.equals(group)) {
                if (group != null && key.compareTo(group) < 0) {
                    throw new NotMergeable();
                }
                group = key;
                while (nextChanged != null && nextChanged.compareTo(key) < 0) {
                    rows += writeGroup(table, nextChanged, csv);
                    nextChanged = changed.hasNext() ? changed.next() : null;
                }
                copying = !key.equals(nextChanged);
                if (!copying) {
                    rows += writeGroup(table, key, csv);
                    nextChanged = changed.hasNext() ? changed.next() : null;
                }
                flush(csv, target);
            }
            if (copying) {
                records.copyTo(out);
                rows++;
            }
        }
        while (nextChanged != null) {
            rows += writeGroup(table, nextChanged, csv);
            nextChanged = changed.hasNext() ? changed.next() : null;
        }
        flush(csv, target);
        return rows;
    }

    private long writeGroup(ExportTable table, String key, ICSVWriter csv) {
        Long rows = jdbc.query(table.groupQuery(), (ResultSet rs) -> writeRows(rs, csv),
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

    private static long writeRows(ResultSet rs, ICSVWriter csv) throws SQLException {
        String[] cells = new String[rs.getMetaData().getColumnCount()];
        long rows = 0;
        while (rs.next()) {
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
