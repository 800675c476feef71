package org.recognitionetl.export;

import java.util.List;

/**
 * One published table: its CSV file, the query that lists its rows in a stable order, whether the
 * SQL export inserts its rows (a view is recreated by the schema instead), and how its rows fall
 * into groups that a nightly publish rewrites one by one.
 *
 * @param columns the SELECT list
 * @param from    the FROM clause
 * @param orderBy the ORDER BY clause: the stable order of the published rows
 */
public record ExportTable(String name, String columns, String from, String orderBy, boolean insertRows,
                          Grouping grouping) {

    /**
     * How the rows of a table fall into groups, in the order of the published rows: a nightly
     * publish copies unchanged groups from the previous file and writes changed ones from the store.
     */
    public enum Grouping {
        /** Small tables: written whole by every publish. */
        NONE(-1, null),
        /** articles: one group per publication date (the first key of their order). */
        PUBLISHED_DATE(2, "published_date = ?"),
        /** quotes, positions: one group per article (the first key of their order). */
        ARTICLE(1, "article_id = ?");

        /** The position (from 0) of the column the key comes from, in the row. */
        final int keyColumn;
        /** The condition that selects one group's rows. */
        final String condition;

        Grouping(int keyColumn, String condition) {
            this.keyColumn = keyColumn;
            this.condition = condition;
        }

        /** The parameters of {@link #condition} for one group. */
        Object[] parameters(String key) {
            return switch (this) {
                case PUBLISHED_DATE -> new Object[] {java.sql.Date.valueOf(key)};
                case ARTICLE -> new Object[] {key};
                case NONE -> new Object[0];
            };
        }
    }

    public String csvFile() {
        return name + ".csv";
    }

    /** The header row: the column names, as the CSV files and INSERT statements give them. */
    public String[] headerCells() {
        return java.util.Arrays.stream(columns.split(",")).map(String::strip).toArray(String[]::new);
    }

    /** The query of every row, in the published order. */
    public String query() {
        return "SELECT " + columns + " FROM " + from + " ORDER BY " + orderBy;
    }

    /** The query of one group's rows, in the published order. */
    public String groupQuery() {
        return "SELECT " + columns + " FROM " + from + " WHERE " + grouping.condition + " ORDER BY " + orderBy;
    }

    /** The published tables, in the order their rows can be inserted without breaking a foreign key. */
    public static final List<ExportTable> ALL = List.of(
            new ExportTable("entities", "entity_id, name, kind", "entities", "entity_id", true, Grouping.NONE),
            new ExportTable("articles", """
                    article_id, title, published_date, url, source_domain, author, source_file, content_hash, encoding""",
                    "articles", "published_date, article_id", true, Grouping.PUBLISHED_DATE),
            new ExportTable("speakers", "speaker_id, name, title, affiliation", "speakers", "name, speaker_id", true,
                    Grouping.NONE),
            new ExportTable("speaker_aliases", "speaker_id, alias", "speaker_aliases", "speaker_id, alias", true,
                    Grouping.NONE),
            new ExportTable("quotes", "quote_id, article_id, speaker_id, text, kind, cue, char_start, char_end",
                    "quotes", "article_id, char_start, char_end", true, Grouping.ARTICLE),
            new ExportTable("recognition_positions", """
                    position_id, article_id, actor_entity_id, target_entity_id, stance, speaker_id, quote_id, evidence""",
                    "recognition_positions", "article_id, actor_entity_id, target_entity_id, stance", true,
                    Grouping.ARTICLE),
            new ExportTable("recognition_latest",
                    "actor_entity_id, target_entity_id, stance, as_of_date, article_id, evidence_count",
                    "recognition_latest", "actor_entity_id, target_entity_id", false, Grouping.NONE),
            new ExportTable("rejects", "source_file, reason, detail", "rejects", "source_file, file_id", true,
                    Grouping.NONE));
}
