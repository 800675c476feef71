package org.recognitionetl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recognition_latest view, in the store schema (Flyway migrations) and in the portable schema that the SQL
 * export ships: for each (actor, target) the stance of the latest article, its date, and how many articles
 * state that stance.
 */
class RecognitionLatestViewTest {

    private JdbcTemplate store(String schema) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:latest" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (schema.equals("store")) {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } else {
            jdbc.execute("RUNSCRIPT FROM 'classpath:/export/portable-schema.sql'");
        }
        return jdbc;
    }

    @ParameterizedTest
    @ValueSource(strings = {"store", "portable"})
    void keepsTheLatestStanceItsDateAndHowManyArticlesStateIt(String schema) {
        JdbcTemplate jdbc = store(schema);
        boolean storeSchema = schema.equals("store");
        for (String e : List.of("honduras", "taiwan", "china", "russia", "abkhazia")) {
            jdbc.update("INSERT INTO entities (entity_id, name, kind) VALUES (?, ?, 'STATE')", e, e.toUpperCase());
        }
        article(jdbc, storeSchema, "a1", "2009-05-01");
        article(jdbc, storeSchema, "a2", "2015-03-02");
        article(jdbc, storeSchema, "a3", "2023-03-26");
        article(jdbc, storeSchema, "a4", "2012-01-01");
        // Honduras recognised Taiwan in two older articles and withdrew in the newest
        position(jdbc, "p1", "a1", "honduras", "taiwan", "RECOGNIZES");
        position(jdbc, "p2", "a2", "honduras", "taiwan", "RECOGNIZES");
        position(jdbc, "p3", "a3", "honduras", "taiwan", "WITHDRAWS_RECOGNITION");
        position(jdbc, "p4", "a3", "honduras", "china", "RECOGNIZES");
        // Russia: recognition stated three times, the latest in an article older than another pair's news
        position(jdbc, "p5", "a1", "russia", "abkhazia", "RECOGNIZES");
        position(jdbc, "p6", "a4", "russia", "abkhazia", "RECOGNIZES");
        position(jdbc, "p7", "a2", "russia", "abkhazia", "RECOGNIZES");

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT actor_entity_id, target_entity_id, stance,"
                + " CAST(as_of_date AS VARCHAR) AS as_of, article_id, evidence_count FROM recognition_latest"
                + " ORDER BY actor_entity_id, target_entity_id");

        assertThat(rows).extracting(r -> r.get("ACTOR_ENTITY_ID") + " " + r.get("TARGET_ENTITY_ID") + " "
                + r.get("STANCE") + " " + r.get("AS_OF") + " " + r.get("ARTICLE_ID") + " "
                + ((Number) r.get("EVIDENCE_COUNT")).intValue())
                .containsExactly(
                        "honduras china RECOGNIZES 2023-03-26 a3 1",
                        "honduras taiwan WITHDRAWS_RECOGNITION 2023-03-26 a3 1",
                        "russia abkhazia RECOGNIZES 2015-03-02 a2 3");
    }

    private static void article(JdbcTemplate jdbc, boolean storeSchema, String id, String date) {
        if (storeSchema) {
            jdbc.update("INSERT INTO source_files (file_id, source_root, source_file, size_bytes, modified_millis, status,"
                    + " first_seen_run, seen_run) VALUES (?, '/in', ?, 1, 1, 'IMPORTED', 1, 1)", "f" + id, id + ".txt");
            jdbc.update("INSERT INTO articles (article_id, title, published_date, url, source_domain, author, source_file,"
                    + " content_hash, encoding, analysis_version, file_id) VALUES (?, 't', CAST(? AS DATE), ?, 'x.org', '',"
                    + " ?, 'h', 'UTF-8', 'v', ?)", id, date, "https://x.org/" + id, id + ".txt", "f" + id);
        } else {
            jdbc.update("INSERT INTO articles (article_id, title, published_date, url, source_domain, author, source_file,"
                    + " content_hash, encoding) VALUES (?, 't', CAST(? AS DATE), ?, 'x.org', '', ?, 'h', 'UTF-8')",
                    id, date, "https://x.org/" + id, id + ".txt");
        }
    }

    private static void position(JdbcTemplate jdbc, String id, String article, String actor, String target, String stance) {
        jdbc.update("INSERT INTO recognition_positions (position_id, article_id, actor_entity_id, target_entity_id, stance,"
                + " evidence) VALUES (?, ?, ?, ?, ?, 'e')", id, article, actor, target, stance);
    }
}
