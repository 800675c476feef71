package org.recognitionetl.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishes {@code OUTPUT/sql/schema.sql} (portable DDL) and {@code OUTPUT/sql/data.sql} (INSERTs
 * in foreign-key order) that recreate the published tables in a fresh H2 or PostgreSQL database:
 * only standard types and standard string literals (quotes doubled, no backslash escapes).
 */
public class SqlExporter {
    private static final int ROWS_PER_INSERT = 100;

    private final JdbcTemplate jdbc;

    public SqlExporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void export(Path sqlDir) throws IOException {
        AtomicFile.write(sqlDir.resolve("schema.sql"), writer -> {
            try (InputStream schema = SqlExporter.class.getResourceAsStream("/export/portable-schema.sql")) {
                writer.write(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
            }
        });
        AtomicFile.write(sqlDir.resolve("data.sql"), writer -> {
            writer.write("-- Recognition ETL output rows. Load schema.sql first.\n");
            for (ExportTable table : ExportTable.ALL) {
                if (table.insertRows()) {
                    writeInserts(table, writer);
                }
            }
        });
    }

    private void writeInserts(ExportTable table, Writer writer) {
        jdbc.query(table.query(), (ResultSet rs) -> {
            try {
                writeInserts(table.name(), rs, writer);
            } catch (IOException e) {
                throw new SQLException("writing data.sql failed: " + e.getMessage(), e);
            }
            return null;
        });
    }

    private static void writeInserts(String tableName, ResultSet rs, Writer writer) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        StringBuilder head = new StringBuilder("INSERT INTO ").append(tableName).append(" (");
        for (int i = 1; i <= columns; i++) {
            head.append(i > 1 ? ", " : "").append(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        head.append(") VALUES\n");
        int inStatement = 0;
        StringBuilder row = new StringBuilder();
        while (rs.next()) {
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
            if (++inStatement == ROWS_PER_INSERT) {
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
}
