package org.recognitionetl.store;

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
}
