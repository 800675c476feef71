package org.recognitionetl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The store's indexes after every migration: each lookup the job makes by article, by speaker, by
 * a file's key or folder, or by a reject's detail is answered by an index (a table scan there would visit millions of rows per article at archive scale),
 * and no index of the tables every import writes most is a needless copy of another.
 */
class StoreIndexesTest {
    private final JdbcTemplate store = MigratedStore.inMemory("indexes");

    @ParameterizedTest
    @ValueSource(strings = {
            "DELETE FROM quotes WHERE article_id = 'a'",
            "DELETE FROM article_speakers WHERE article_id = 'a'",
            "DELETE FROM recognition_positions WHERE article_id = 'a'",
            "DELETE FROM article_bodies WHERE article_id = 'a'",
            "SELECT speaker_id, name FROM article_speakers WHERE article_id = 'a'",
            "SELECT name, title FROM article_speakers WHERE speaker_id = 's'",
            "SELECT speaker_id, name, title, mentions FROM speaker_mention_counts WHERE speaker_id IN ('s1', 's2')",
            "SELECT speaker_id FROM article_speakers WHERE name = 'n'",
            "SELECT 1 FROM article_speakers WHERE affiliation = 'e'",
            "UPDATE quotes SET speaker_id = 's' WHERE article_id = 'a' AND COALESCE(speaker_id, '') = 'x'",
            "UPDATE rejects SET detail = 'new' WHERE reason = 'DUPLICATE_URL' AND detail = 'old'",
            "SELECT file_id FROM rejects WHERE reason = 'DUPLICATE_URL' AND detail = 'old'",
            "SELECT file_id, status FROM source_files WHERE file_id IN ('f1', 'f2')",
            "SELECT file_id, source_file, status FROM source_files WHERE source_root = '/in'"
                    + " AND source_file > '2024/01/' AND source_file < '2024/010'",
            "SELECT COUNT(*) FROM source_files WHERE status = 'MISSING'"})
    void lookupsByArticleSpeakerFileFolderOrRejectDetailUseAnIndex(String statement) {
        String plan = store.queryForObject("EXPLAIN " + statement, String.class);

        assertThat(plan).as(plan).doesNotContain("tableScan");
    }

    @Test
    void theMergeFindsANamesMentionsOfAnotherSpeakerByBothColumnsOfTheSpeakerIndex() {
        String plan = store.queryForObject("EXPLAIN " + SpeakerConsolidation.ARTICLES_OF_SPEAKER_NAME, String.class,
                "s", "n");

        // left to choose, H2 takes the covering name index, by which it reads every mention of the
        // name to find the few of another speaker
        assertThat(plan.replaceAll("\\s+", " ")).as(plan)
                .contains("ARTICLE_SPEAKERS_SPEAKER_IX: SPEAKER_ID = ?1 AND NAME = ?2");
    }

    @Test
    void noIndexOfTheImportsLargestTablesRepeatsTheLeadingColumnsOfAnother() {
        List<MigratedStore.StoreIndex> indexes = MigratedStore.indexList(store);
        for (String table : List.of("QUOTES", "ARTICLE_SPEAKERS", "ARTICLES", "ARTICLE_BODIES")) {
            for (MigratedStore.StoreIndex index : indexes) {
                for (MigratedStore.StoreIndex other : indexes) {
                    if (index.table().equals(table) && other.table().equals(table) && index != other) {
                        int n = index.columns().size();
                        assertThat(other.columns().size() >= n && other.columns().subList(0, n).equals(index.columns()))
                                .as("%s.%s %s repeats the leading columns of %s %s", table, index.name(),
                                        index.columns(), other.name(), other.columns())
                                .isFalse();
                    }
                }
            }
        }
    }
}
