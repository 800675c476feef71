package org.recognitionetl.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Logs row changes that the next publish must see (migration V3): each article inserted or deleted
 * goes to {@code article_changes}, each speaker mention deleted (name, speaker) to
 * {@code speaker_name_changes}. It runs inside the statement's transaction, so a chunk that rolls
 * back leaves no entry and a committed chunk never lacks one, whoever wrote the rows.
 */
public class ChangeLogTrigger implements Trigger {
    /** Column positions in the tables as V2 created them. */
    private static final int ARTICLE_ID = 0;
    private static final int PUBLISHED_DATE = 2;
    private static final int MENTION_SPEAKER = 1;
    private static final int MENTION_NAME = 2;

    private boolean articles;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        articles = tableName.equalsIgnoreCase("articles");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = newRow != null ? newRow : oldRow;
        if (articles) {
            try (PreparedStatement insert = conn.prepareStatement(
                    "INSERT INTO article_changes (article_id, published_date) VALUES (?, ?)")) {
                insert.setObject(1, row[ARTICLE_ID]);
                insert.setObject(2, row[PUBLISHED_DATE]);
                insert.executeUpdate();
            }
        } else {
            try (PreparedStatement insert = conn.prepareStatement(
                    "INSERT INTO speaker_name_changes (name, speaker_id) VALUES (?, ?)")) {
                insert.setObject(1, row[MENTION_NAME]);
                insert.setObject(2, row[MENTION_SPEAKER]);
                insert.executeUpdate();
            }
        }
    }
}
