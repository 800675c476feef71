package org.recognitionetl.store;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** An in-memory store with every migration applied, as unit tests of the store's users need one. */
public final class MigratedStore {
    private MigratedStore() {
    }

    /** A fresh, empty store of its own (the name only helps reading H2's messages). */
    public static JdbcTemplate inMemory(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(dataSource);
    }

    /** One index of the store's own tables: its table, H2's name for it, its columns in order, its type. */
    public record StoreIndex(String table, String name, List<String> columns, String type) {
        @Override
        public String toString() {
            return table + " (" + String.join(", ", columns) + ") " + type;
        }
    }

    /** Every index of the store's own tables, by table and name. */
    public static List<StoreIndex> indexList(JdbcTemplate store) {
        return store.query("""
                SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME,
                       LISTAGG(c.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)
                FROM INFORMATION_SCHEMA.INDEXES i
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
                  ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
                WHERE i.TABLE_SCHEMA = 'PUBLIC'
                GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME
                ORDER BY i.TABLE_NAME, i.INDEX_NAME""", (rs, i) -> new StoreIndex(rs.getString(1), rs.getString(2),
                List.of(rs.getString(4).split(",")), rs.getString(3)));
    }

    /**
     * Every index of the store's own tables as "TABLE (COLUMNS) TYPE", whatever H2 named it: what a
     * store built by the migrations and a store built by a run must agree on.
     */
    public static SortedSet<String> indexes(JdbcTemplate store) {
        return indexList(store).stream().map(StoreIndex::toString).collect(Collectors.toCollection(TreeSet::new));
    }
}
