package org.recognitionetl.export;

import java.util.List;

/**
 * One published table: its CSV file, the query that lists its rows in a stable order, and whether
 * the SQL export inserts its rows (a view is recreated by the schema instead).
 */
public record ExportTable(String name, String query, boolean insertRows) {

    public String csvFile() {
        return name + ".csv";
    }

    /** The published tables, in the order their rows can be inserted without breaking a foreign key. */
    public static final List<ExportTable> ALL = List.of(
            new ExportTable("entities", "SELECT entity_id, name, kind FROM entities ORDER BY entity_id", true),
            new ExportTable("articles", """
                    SELECT article_id, title, published_date, url, source_domain, author, source_file,
                           content_hash, encoding
                    FROM articles ORDER BY published_date, article_id""", true),
            new ExportTable("speakers",
                    "SELECT speaker_id, name, title, affiliation FROM speakers ORDER BY name, speaker_id", true),
            new ExportTable("speaker_aliases",
                    "SELECT speaker_id, alias FROM speaker_aliases ORDER BY speaker_id, alias", true),
            new ExportTable("quotes", """
                    SELECT quote_id, article_id, speaker_id, text, kind, cue, char_start, char_end
                    FROM quotes ORDER BY article_id, char_start, char_end""", true),
            new ExportTable("recognition_positions", """
                    SELECT position_id, article_id, actor_entity_id, target_entity_id, stance, speaker_id, quote_id,
                           evidence
                    FROM recognition_positions ORDER BY article_id, actor_entity_id, target_entity_id, stance""", true),
            new ExportTable("recognition_latest", """
                    SELECT actor_entity_id, target_entity_id, stance, as_of_date, article_id, evidence_count
                    FROM recognition_latest ORDER BY actor_entity_id, target_entity_id""", false),
            new ExportTable("rejects",
                    "SELECT source_file, reason, detail FROM rejects ORDER BY source_file, file_id", true));
}
