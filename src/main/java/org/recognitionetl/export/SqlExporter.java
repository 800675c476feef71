package org.recognitionetl.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Publishes {@code OUTPUT/sql/}: {@code schema.sql} (portable DDL), {@code data.sql} (the INSERTs of
 * the small tables: entities, speakers, aliases, rejects) and one file per month of publication,
 * {@code months/YYYY-MM.sql}, with the INSERTs of that month's articles, their quotes and their
 * positions. Together they recreate the published tables in a fresh H2 or PostgreSQL database, loaded
 * in that order: only standard types and standard string literals (quotes doubled, no backslash
 * escapes).
 *
 * <p>Why months: a night's new articles fall in one or two months, so a nightly publish writes those
 * files and leaves the others as they are; a single file of every row had to be written again whole
 * every night (3.9 GB at a million articles, more than half of the bytes a night wrote).
 *
 * <p>In a month file each table opens with a {@code -- table NAME} line and its rows are inserted one
 * statement per group ({@link ExportTable.Grouping}: a publication date, an article), each after a
 * {@code -- group KEY} line, so that a nightly publish copies the statements of unchanged groups from
 * the previous file (as byte ranges, found in its {@link GroupIndex}) and writes only the changed ones.
 */
public class SqlExporter {
    /** The first line of data.sql; a data.sql with another first line is from another format. */
    static final String HEADER = "-- Recognition ETL output rows (format 4): entities, speakers, aliases, rejects."
            + " Load schema.sql first, then this file, then months/*.sql.";
    static final String MONTHS = "months";
    private static final String TABLE = "-- table ";
    private static final String GROUP = "-- group ";
    private static final int ROWS_PER_INSERT = 100;
    private static final int FETCH_SIZE = 1000;
    private static final int IDS_PER_QUERY = 500;
    private static final Pattern MONTH_FILE = Pattern.compile("\\d{4}-\\d{2}\\.sql");
    private static final List<ExportTable> SMALL_TABLES = ExportTable.ALL.stream()
            .filter(t -> t.insertRows() && t.grouping() == ExportTable.Grouping.NONE).toList();
    private static final List<ExportTable> MONTH_TABLES = ExportTable.ALL.stream()
            .filter(t -> t.insertRows() && t.grouping() != ExportTable.Grouping.NONE).toList();

    private final JdbcTemplate jdbc;

    public SqlExporter(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    public void export(Path sqlDir) throws IOException {
        publish(sqlDir, PublishChanges.FULL);
    }

    /**
     * Whether schema.sql is this version's, data.sql is in this version's format and there is a
     * month file for each month of the store and for no other. Used when no article changed and the
     * CSV files show the store: the SQL files were written from the same rows by the same publish.
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
            if (!HEADER.equals(lines.readLine())) {
                return false;
            }
        }
        return monthFiles(sqlDir.resolve(MONTHS)).equals(storeMonths());
    }

    /**
     * Writes schema.sql and data.sql, and the month files: every one when {@code changes} is full,
     * otherwise those of the months with a changed article (merged with the previous file where its
     * index allows it), those missing, and none of the months without articles any more.
     */
    public void publish(Path sqlDir, PublishChanges changes) throws IOException {
        AtomicFile.write(sqlDir.resolve("schema.sql"), writer -> {
            try (InputStream schema = SqlExporter.class.getResourceAsStream("/export/portable-schema.sql")) {
                writer.write(new String(schema.readAllBytes(), StandardCharsets.UTF_8));
            }
        });
        Path data = sqlDir.resolve("data.sql");
        AtomicFile.write(data, writer -> {
            writer.write(HEADER + "\n");
            for (ExportTable table : SMALL_TABLES) {
                writer.write(TABLE + table.name() + "\n");
                writeInserts(table, table.query(), new Object[0], writer, null);
            }
        });
        // what earlier versions kept beside a data.sql of every row
        Files.deleteIfExists(GroupIndex.sidecar(data));
        Files.deleteIfExists(sqlDir.resolve(".data.sql.previous"));

        Path monthsDir = sqlDir.resolve(MONTHS);
        Files.createDirectories(monthsDir);
        SortedSet<YearMonth> inStore = storeMonths();
        Map<String, YearMonth> current = changes.full() ? Map.of() : currentMonths(changes.articles());
        SortedSet<YearMonth> changed = new TreeSet<>(current.values());
        changes.dates().forEach(date -> changed.add(YearMonth.from(LocalDate.parse(date))));
        for (YearMonth month : monthFiles(monthsDir)) {
            if (!inStore.contains(month)) {
                Path file = monthsDir.resolve(month + ".sql");
                Files.deleteIfExists(GroupIndex.sidecar(file));
                Files.deleteIfExists(file);
            }
        }
        for (YearMonth month : inStore) {
            Path file = monthsDir.resolve(month + ".sql");
            if (changes.full() || !Files.isRegularFile(file)) {
                writeMonth(file, month);
            } else if (changed.contains(month)) {
                mergeMonth(file, month, changes, current);
            }
        }
    }

    /** The months with at least one article, found on the date index a month at a time. */
    private SortedSet<YearMonth> storeMonths() {
        SortedSet<YearMonth> months = new TreeSet<>();
        java.sql.Date earliest = jdbc.queryForObject("SELECT MIN(published_date) FROM articles", java.sql.Date.class);
        if (earliest == null) {
            return months;
        }
        LocalDate from = earliest.toLocalDate();
        while (true) {
            List<java.sql.Date> first = jdbc.queryForList("""
                    SELECT published_date FROM articles WHERE published_date >= ?
                    ORDER BY published_date, article_id FETCH FIRST 1 ROW ONLY""", java.sql.Date.class,
                    java.sql.Date.valueOf(from));
            if (first.isEmpty()) {
                return months;
            }
            YearMonth month = YearMonth.from(first.get(0).toLocalDate());
            months.add(month);
            from = month.plusMonths(1).atDay(1);
        }
    }

    private static SortedSet<YearMonth> monthFiles(Path monthsDir) throws IOException {
        SortedSet<YearMonth> months = new TreeSet<>();
        if (Files.isDirectory(monthsDir)) {
            try (Stream<Path> files = Files.list(monthsDir)) {
                files.map(file -> file.getFileName().toString()).filter(name -> MONTH_FILE.matcher(name).matches())
                        .forEach(name -> months.add(YearMonth.parse(name.substring(0, 7))));
            }
        }
        return months;
    }

    /** The month each of these articles is published in now; articles no longer in the store are absent. */
    private Map<String, YearMonth> currentMonths(SortedSet<String> articleIds) {
        Map<String, YearMonth> months = new HashMap<>();
        inBatches(new ArrayList<>(articleIds), batch -> jdbc.query("SELECT article_id, published_date FROM articles"
                + " WHERE article_id IN (" + placeholders(batch.size()) + ")", rs -> {
            months.put(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()));
        }, batch.toArray()));
        return months;
    }

    /** Writes one month's file whole from the store, with its index. */
    private void writeMonth(Path file, YearMonth month) throws IOException {
        List<String> articleIds = jdbc.queryForList("SELECT article_id FROM articles"
                + " WHERE published_date >= ? AND published_date < ? ORDER BY article_id", String.class, range(month));
        GroupMarks.writeIndexed(file, (out, start) -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            GroupMarks marks = start.over(writer);
            writer.write(monthHeader(month) + "\n");
            for (ExportTable table : MONTH_TABLES) {
                marks.table(table.name());
                writer.write(TABLE + table.name() + "\n");
                if (table.grouping() == ExportTable.Grouping.PUBLISHED_DATE) {
                    writeInserts(table, monthQuery(table), range(month), writer, marks);
                } else {
                    inBatches(articleIds, batch ->
                            writeInserts(table, articlesQuery(table, batch.size()), batch.toArray(), writer, marks));
                }
            }
            writer.flush();
        });
    }

    /**
     * Merges one month's changed groups into its previous file by the file's {@link GroupIndex}:
     * unchanged groups move as byte ranges; a changed article is written here only if it is
     * published in this month now (it may have moved to another month, or gone). Without a usable
     * index the month is written whole.
     */
    private void mergeMonth(Path file, YearMonth month, PublishChanges changes, Map<String, YearMonth> current)
            throws IOException {
        try (GroupIndex.Marks index = GroupIndex.open(file).orElse(null)) {
            if (index != null) {
                GroupMarks.writeIndexed(file, (out, start) -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    GroupMarks marks = start.over(writer);
                    try (FileChannel previous = FileChannel.open(file, StandardOpenOption.READ)) {
                        mergeByIndex(previous, index, month, changes, current, writer, marks);
                    }
                });
                return;
            }
        } catch (NotMergeable | GroupIndex.DamagedIndex e) {
            // written whole below
        }
        writeMonth(file, month);
    }

    private void mergeByIndex(FileChannel previous, GroupIndex.Marks index, YearMonth month, PublishChanges changes,
                              Map<String, YearMonth> current, Writer writer, GroupMarks marks) throws IOException {
        String header = monthHeader(month) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer previousHeader = ByteBuffer.allocate(headerBytes.length);
        previous.read(previousHeader, 0);
        if (index.peek() == null || index.peek().offset() != headerBytes.length
                || !Arrays.equals(headerBytes, previousHeader.array())) {
            throw new NotMergeable();
        }
        writer.write(header);
        SortedSet<String> dates = changes.dates().subSet(month.atDay(1).toString(),
                month.plusMonths(1).atDay(1).toString());
        for (ExportTable table : MONTH_TABLES) {
            GroupIndex.Mark section = index.next();
            if (section == null || !section.table() || !section.name().equals(table.name())) {
                throw new NotMergeable();
            }
            marks.table(table.name());
            writer.write(TABLE + table.name() + "\n");
            boolean byDate = table.grouping() == ExportTable.Grouping.PUBLISHED_DATE;
            marks.mergeGroups(previous, index, byDate ? dates : changes.articles(), key -> {
                if (byDate || month.equals(current.get(key))) {
                    writeInserts(table, table.groupQuery(), table.grouping().parameters(key), writer, marks);
                }
                return 0;
            });
        }
        if (index.peek() != null) {
            throw new NotMergeable();
        }
        writer.flush();
    }

    private static String monthHeader(YearMonth month) {
        return "-- Recognition ETL output rows of the articles published in " + month
                + ", with their quotes and positions (format 4). Load schema.sql and data.sql first.";
    }

    private static String monthQuery(ExportTable table) {
        return "SELECT " + table.columns() + " FROM " + table.from()
                + " WHERE published_date >= ? AND published_date < ? ORDER BY " + table.orderBy();
    }

    private static String articlesQuery(ExportTable table, int ids) {
        return "SELECT " + table.columns() + " FROM " + table.from() + " WHERE article_id IN (" + placeholders(ids)
                + ") ORDER BY " + table.orderBy();
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static Object[] range(YearMonth month) {
        return new Object[] {java.sql.Date.valueOf(month.atDay(1)),
                java.sql.Date.valueOf(month.plusMonths(1).atDay(1))};
    }

    /** Article IDs a query at a time: an IN list of hundreds, not of a month's thousands. */
    private static void inBatches(List<String> ids, java.util.function.Consumer<List<String>> query) {
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            query.accept(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)));
        }
    }

    private void writeInserts(ExportTable table, String query, Object[] parameters, Writer writer, GroupMarks marks) {
        jdbc.query(query, (ResultSet rs) -> {
            try {
                writeInserts(table, rs, writer, marks);
            } catch (IOException e) {
                throw new SQLException("writing the SQL files failed: " + e.getMessage(), e);
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

    /** The previous month file is not a base to merge into: it is written whole instead. */
    private static final class NotMergeable extends IOException {
        NotMergeable() {
            super("the previous month file cannot be merged");
        }
    }
}
