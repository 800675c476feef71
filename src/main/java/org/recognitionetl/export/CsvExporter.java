package org.recognitionetl.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishes every table as an RFC 4180 CSV file (UTF-8, header row, CRLF line ends, quotes only
 * where a cell needs them) under {@code OUTPUT/csv/}, in the stable row order of its query.
 */
public class CsvExporter {
    private final JdbcTemplate jdbc;

    public CsvExporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes all tables; returns the number of rows written per table. */
    public Map<String, Long> export(Path csvDir) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ExportTable table : ExportTable.ALL) {
            counts.put(table.name(), export(table, csvDir.resolve(table.csvFile())));
        }
        return counts;
    }

    long export(ExportTable table, Path target) throws IOException {
        long[] rows = {0};
        AtomicFile.write(target, writer -> {
            ICSVWriter csv = new CSVWriterBuilder(writer).withLineEnd("\r\n").build();
            jdbc.query(table.query(), (ResultSet rs) -> {
                writeRows(rs, csv, rows);
                return null;
            });
            csv.flush();
            if (csv.checkError()) {
                throw new IOException("writing " + target + " failed (disk full?)", csv.getException());
            }
        });
        return rows[0];
    }

    private static void writeRows(ResultSet rs, ICSVWriter csv, long[] rows) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        String[] cells = new String[meta.getColumnCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
        }
        csv.writeNext(cells, false);
        while (rs.next()) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = CsvCells.neutralise(rs.getString(i + 1));
            }
            csv.writeNext(cells, false);
            rows[0]++;
        }
    }
}
