package org.recognitionetl.export;

import java.io.BufferedReader;
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
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.SortedSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishes {@code OUTPUT/sql/schema.sql} (portable DDL) and {@code OUTPUT/sql/data.sql} (INSERTs
 * in foreign-key order) that recreate the published tables in a fresh H2 or PostgreSQL database:
 * only standard types and standard string literals (quotes doubled, no backslash escapes).
 *
 * <p>In data.sql each table opens with a {@code -- table NAME} line. The rows of a large table are
 * inserted one statement per group ({@link ExportTable.Grouping}: a publication date, an article),
 * each after a {@code -- group KEY} line, so that a nightly publish copies the statements
 * of unchanged groups from the previous file (as byte ranges, found in its {@link GroupIndex}) and
 * writes only the changed ones; small tables are written whole, 100 rows a statement.
 */
public class SqlExporter {
    /** The first line of data.sql; a previous file with another first line is not merged into. */
    static final String HEADER = "-- Recognition ETL output rows (grouped INSERTs, format 3). Load schema.sql first.";
    private static final String TABLE = "-- table ";
    private static final String GROUP = "-- group ";
    private static final int ROWS_PER_INSERT = 100;
    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    public SqlExporter(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    public void export(Path sqlDir) throws IOException {
        publish(sqlDir, PublishChanges.FULL);
    }

    /**
     * Whether schema.sql is this version's and data.sql is there, in this version's format. Used
     * when no article changed and the CSV files show the store: data.sql was written from the same
     * rows by the same publish, so it shows the store too.
     */
    public boolean showsUnchangedStore(Path sqlDir) throws IOException {
        Path schema = sqlDir.resolve("schema.sql");
        Path data = sqlDir.resolve("data.sql");
        if (!Files.isRegularFile(schema) || !Files.isRegularFile(data)) {
            return false;
        }
        try (InputStream expected = SqlExporter.class.getResourceAsStream("/export/portable-schema.sql")) {
            if (!Arrays.equals(expected.readAllBytes(), Files.readAllBytes(schema))) {
                return false;
            }
        }
        try (BufferedReader lines = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            return HEADER.equals(lines.readLine());
        }
    }

    /** Writes schema.sql, and data.sql merged with the changed groups where the previous file allows it. */
    public void publish(Path sqlDir, PublishChanges changes) throws IOException {
        AtomicFile.write(sqlDir.resolve("schema.sql"), writer -> {
            try (InputStream schema = SqlExporter.class.getResourceAsStream("/export/portable-schema.sql")) {
                writer.write(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
            }
        });
        Path data = sqlDir.resolve("data.sql");
        if (!changes.full() && Files.isRegularFile(data)) {
            try (GroupIndex.Marks index = GroupIndex.open(data).orElse(null)) {
                GroupMarks.writeIndexed(data, (out, start) -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    GroupMarks marks = start.over(writer);
                    if (index != null) {
                        try (FileChannel previous = FileChannel.open(data, StandardOpenOption.READ)) {
                            mergeByIndex(previous, index, changes, writer, marks);
                        }
                    } else {
                        try (InputStream previous = Files.newInputStream(data);
                             RecordScanner lines = new RecordScanner(previous, '\'')) {
                            mergeByRecords(lines, changes, out, writer, marks);
                        }
                    }
                });
                return;
            } catch (NotMergeable | GroupIndex.DamagedIndex e) {
                // written whole below
            }
        }
        GroupMarks.writeIndexed(data, (out, start) -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            GroupMarks marks = start.over(writer);
            writer.write(HEADER + "\n");
            for (ExportTable table : ExportTable.ALL) {
                if (table.insertRows()) {
                    marks.table(table.name());
                    writer.write(TABLE + table.name() + "\n");
                    writeInserts(table, table.query(), new Object[0], writer, marks);
                }
            }
            writer.flush();
        });
    }

    /** Merges with the previous file's {@link GroupIndex}: unchanged groups move as byte ranges. */
    private void mergeByIndex(FileChannel previous, GroupIndex.Marks index, PublishChanges changes, Writer writer,
                              GroupMarks marks) throws IOException {
        byte[] header = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer previousHeader = ByteBuffer.allocate(header.length);
        previous.read(previousHeader, 0);
        if (index.peek() == null || index.peek().offset() != header.length
                || !Arrays.equals(header, previousHeader.array())) {
            throw new NotMergeable();
        }
        writer.write(HEADER + "\n");
        for (ExportTable table : ExportTable.ALL) {
            if (!table.insertRows()) {
                continue;
            }
            GroupIndex.Mark section = index.next();
            if (section == null || !section.table() || !section.name().equals(table.name())) {
                throw new NotMergeable();
            }
            marks.table(table.name());
            writer.write(TABLE + table.name() + "\n");
            if (table.grouping() == ExportTable.Grouping.NONE) {
                writeInserts(table, table.query(), new Object[0], writer, marks);
                if (index.peek() != null && !index.peek().table()) {
                    throw new NotMergeable();
                }
            } else {
                marks.mergeGroups(previous, index, changes.dirty(table.grouping()), key -> {
                    writeGroup(table, key, writer, marks);
                    return 0;
                });
            }
        }
        if (index.peek() != null) {
            throw new NotMergeable();
        }
        writer.flush();
    }

    private void mergeByRecords(RecordScanner lines, PublishChanges changes, OutputStream out, Writer writer,
                                GroupMarks marks) throws IOException {
        if (!lines.next() || !lines.text().equals(HEADER)) {
            throw new NotMergeable();
        }
        writer.write(HEADER + "\n");
        boolean more = lines.next();
        for (ExportTable table : ExportTable.ALL) {
            if (!table.insertRows()) {
                continue;
            }
            // the previous file's section of this table
            if (!more || !lines.text().equals(TABLE + table.name())) {
                throw new NotMergeable();
            }
            marks.table(table.name());
            writer.write(TABLE + table.name() + "\n");
            more = lines.next();
            if (table.grouping() == ExportTable.Grouping.NONE) {
                writeInserts(table, table.query(), new Object[0], writer, marks);
                while (more && !lines.startsWith(TABLE)) {
                    more = lines.next();
                }
                continue;
            }
            Iterator<String> changed = changes.dirty(table.grouping()).iterator();
            String nextChanged = changed.hasNext() ? changed.next() : null;
            String group = null;
            boolean copying = true;
            while (more && !lines.startsWith(TABLE)) {
                if (lines.startsWith(GROUP)) {
                    String key = lines.text().substring(GROUP.length());
                    if (group != null && key.compareTo(group) <= 0) {
                        throw new NotMergeable();
                    }
                    group = key;
                    while (nextChanged != null && nextChanged.compareTo(key) < 0) {
                        writeGroup(table, nextChanged, writer, marks);
                        nextChanged = changed.hasNext() ? changed.next() : null;
                    }
                    copying = !key.equals(nextChanged);
                    if (!copying) {
                        writeGroup(table, key, writer, marks);
                        nextChanged = changed.hasNext() ? changed.next() : null;
                    } else {
                        marks.group(key);
                    }
                }
                if (copying) {
                    writer.flush();
                    lines.copyTo(out);
                }
                more = lines.next();
            }
            while (nextChanged != null) {
                writeGroup(table, nextChanged, writer, marks);
                nextChanged = changed.hasNext() ? changed.next() : null;
            }
        }
        if (more) {
            throw new NotMergeable();
        }
        writer.flush();
    }

    private void writeGroup(ExportTable table, String key, Writer writer, GroupMarks marks) {
        writeInserts(table, table.groupQuery(), table.grouping().parameters(key), writer, marks);
    }

    private void writeInserts(ExportTable table, String query, Object[] parameters, Writer writer, GroupMarks marks) {
        jdbc.query(query, (ResultSet rs) -> {
            try {
                writeInserts(table, rs, writer, marks);
            } catch (IOException e) {
                throw new SQLException("writing data.sql failed: " + e.getMessage(), e);
            }
            return null;
        }, parameters);
    }

    /**
     * INSERT statements of the rows: for a grouped table one statement per group, opened by its
     * {@code -- group} line (its start recorded in {@code marks}); otherwise one statement per 100 rows.
     */
    private static void writeInserts(ExportTable table, ResultSet rs, Writer writer, GroupMarks marks)
            throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        StringBuilder head = new StringBuilder("INSERT INTO ").append(table.name()).append(" (");
        for (int i = 1; i <= columns; i++) {
            head.append(i > 1 ? ", " : "").append(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        head.append(") VALUES\n");
        ExportTable.Grouping grouping = table.grouping();
        int inStatement = 0;
        String group = null;
        StringBuilder row = new StringBuilder();
        while (rs.next()) {
            if (grouping != ExportTable.Grouping.NONE) {
                String key = rs.getString(grouping.keyColumn + 1);
                if (!key.equals(group)) {
                    if (inStatement > 0) {
                        writer.write(";\n");
                        inStatement = 0;
                    }
                    marks.group(key);
                    writer.write(GROUP + key + "\n");
                    group = key;
                }
                marks.row();
            }
            writer.write(inStatement == 0 ? head.toString() : ",\n");
            row.setLength(0);
            row.append("  (");
            for (int i = 1; i <= columns; i++) {
                if (i > 1) {
                    row.append(", ");
                }
                appendLiteral(row, rs, i, meta.getColumnType(i));
            }
            row.append(')');
            writer.write(row.toString());
            inStatement++;
            if (grouping == ExportTable.Grouping.NONE && inStatement == ROWS_PER_INSERT) {
                writer.write(";\n");
                inStatement = 0;
            }
        }
        if (inStatement > 0) {
            writer.write(";\n");
        }
    }

    static void appendLiteral(StringBuilder out, ResultSet rs, int column, int sqlType) throws SQLException {
        String value = rs.getString(column);
        if (value == null) {
            out.append("NULL");
            return;
        }
        switch (sqlType) {
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT, Types.DECIMAL, Types.NUMERIC ->
                    out.append(value);
            case Types.DATE -> out.append("DATE '").append(value).append('\'');
            default -> out.append('\'').append(value.replace("'", "''")).append('\'');
        }
    }

    /** The previous data.sql is not a base to merge into: it is written whole instead. */
    private static final class NotMergeable extends IOException {
        NotMergeable() {
            super("the previous data.sql cannot be merged");
        }
    }
}
