package org.recognitionetl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class SpeakerConsolidationTest {
    JdbcTemplate jdbc;

    @BeforeEach
    void givenTheStoreSchema() {
        jdbc = MigratedStore.inMemory("speakers");
    }

    @Test
    void onePersonIsOneRowAcrossArticles() {
        mention("a1", "Karl J. Brandt", "Chancellor");
        mention("a2", "Karl Brandt", "");
        mention("a3", "Brandt", "");
        mention("a4", "Bill Ostrow", "");
        mention("a5", "William Ostrow", "Senator");

        new SpeakerConsolidation(jdbc).run();

        assertThat(jdbc.queryForList("SELECT name FROM speakers ORDER BY name", String.class))
                .containsExactly("Karl J. Brandt", "William Ostrow");
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT speaker_id) FROM quotes", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT title FROM speakers WHERE name = 'Karl J. Brandt'", String.class))
                .isEqualTo("Chancellor");
    }

    @Test
    void aConsolidationOfTheWholeStoreReportsEachNameItMergesUpToAllItsMentions() {
        mention("a1", "Karl J. Brandt", "Chancellor");
        mention("a2", "Karl Brandt", "");
        mention("a3", "Brandt", "");
        List<MergeProgress> reports = new ArrayList<>();

        new SpeakerConsolidation(jdbc, reports::add).run();

        // "Brandt" and "Karl Brandt" are pointed at "Karl J. Brandt"; the full name needs nothing
        assertThat(reports).isNotEmpty();
        MergeProgress last = reports.get(reports.size() - 1);
        assertThat(last.namesTotal()).isEqualTo(3);
        assertThat(last.mentionsTotal()).isEqualTo(3);
        assertThat(last.articlesRepointed()).isEqualTo(2);
        assertThat(reports).extracting(MergeProgress::mentions).isSorted();
    }

    @Test
    void aSurnameSharedByTwoPeopleQuotedAlikeStaysApart() {
        mention("a1", "Ada Lind", "");
        mention("a2", "Petra Lind", "");
        mention("a3", "Lind", "");
        mention("a4", "Sergei Orlov", "");
        mention("a5", "Sergey Orlov", "");

        new SpeakerConsolidation(jdbc).run();

        assertThat(jdbc.queryForList("SELECT name FROM speakers ORDER BY name", String.class))
                .containsExactly("Ada Lind", "Lind", "Petra Lind", "Sergei Orlov");
    }

    @Test
    void consolidatingOnlyWhatChangedGivesTheRowsOfAConsolidationOfTheWholeStore() {
        mention("a1", "Karl J. Brandt", "Chancellor");
        mention("a2", "Brandt", "");
        mention("a3", "Ada Lind", "");
        mention("a4", "Lind", "");
        new SpeakerConsolidation(jdbc).run();
        ChangeLog log = new ChangeLog(jdbc);
        log.clear();

        // the next night: another Lind is quoted (so "Lind" alone is nobody's any more), a1 is deleted
        mention("a5", "Petra Lind", "Mayor");
        new MentionCounts(jdbc).remove(java.util.List.of("a1"));
        jdbc.update("DELETE FROM quotes WHERE article_id = 'a1'");
        jdbc.update("DELETE FROM article_speakers WHERE article_id = 'a1'");
        jdbc.update("DELETE FROM articles WHERE article_id = 'a1'");
        SpeakerConsolidation nightly = new SpeakerConsolidation(jdbc);
        nightly.consolidate(log.changedArticles(), log.deletedMentions());
        var incremental = state(jdbc);
        // the merge re-pointed a4's mention: its kept count moved with it
        assertThat(jdbc.queryForList("SELECT name || '>' || speaker_id || '=' || mentions FROM speaker_mention_counts"
                + " ORDER BY 1", String.class)).isEqualTo(jdbc.queryForList("SELECT name || '>' || speaker_id || '='"
                + " || COUNT(*) FROM article_speakers GROUP BY name, speaker_id ORDER BY 1", String.class));

        givenTheStoreSchema();
        mention("a2", "Brandt", "");
        mention("a3", "Ada Lind", "");
        mention("a4", "Lind", "");
        mention("a5", "Petra Lind", "Mayor");
        new SpeakerConsolidation(jdbc).run();

        assertThat(incremental).isEqualTo(state(jdbc));
        assertThat(incremental.get(0)).contains("Brandt", "Lind", "Petra Lind").doesNotContain("Karl J. Brandt");
        assertThat(nightly.repointedArticles()).contains("a4");
    }

    @Test
    void anArticleNamingTwoMergedPeoplePointsEachOfItsQuotesAtItsPerson() {
        mention("a1", "Karl J. Brandt", "Chancellor");
        mention("a2", "Ada Lind", "");
        mentions("a3", "Brandt", "Lind");
        new SpeakerConsolidation(jdbc).run();
        ChangeLog log = new ChangeLog(jdbc);
        log.clear();

        // the next night brings another article naming both by surname alone
        mentions("a4", "Lind", "Brandt");
        SpeakerConsolidation nightly = new SpeakerConsolidation(jdbc);
        nightly.consolidate(log.changedArticles(), log.deletedMentions());

        assertThat(jdbc.queryForList("SELECT q.article_id || '>' || s.name FROM quotes q JOIN speakers s"
                + " ON s.speaker_id = q.speaker_id WHERE q.article_id IN ('a3', 'a4') ORDER BY 1", String.class))
                .containsExactly("a3>Ada Lind", "a3>Karl J. Brandt", "a4>Ada Lind", "a4>Karl J. Brandt");
        assertThat(nightly.repointedArticles()).containsExactly("a4");
        assertThat(jdbc.queryForList("SELECT name || '>' || speaker_id || '=' || mentions FROM speaker_mention_counts"
                + " ORDER BY 1", String.class)).isEqualTo(jdbc.queryForList("SELECT name || '>' || speaker_id || '='"
                + " || COUNT(*) FROM article_speakers GROUP BY name, speaker_id ORDER BY 1", String.class));
    }

    /** Speakers (name, title), aliases and the speaker of each quote. */
    private static java.util.List<java.util.List<String>> state(JdbcTemplate jdbc) {
        return java.util.List.of(
                jdbc.queryForList("SELECT name || '/' || title FROM speakers ORDER BY 1", String.class).stream()
                        .map(n -> n.replaceAll("/.*", "")).toList(),
                jdbc.queryForList("SELECT name || '/' || title FROM speakers ORDER BY 1", String.class),
                jdbc.queryForList("SELECT s.name || '=' || a.alias FROM speaker_aliases a JOIN speakers s"
                        + " ON s.speaker_id = a.speaker_id ORDER BY 1", String.class),
                jdbc.queryForList("SELECT q.article_id || '>' || s.name FROM quotes q JOIN speakers s"
                        + " ON s.speaker_id = q.speaker_id ORDER BY 1", String.class));
    }

    private void mention(String article, String name, String title) {
        String id = ContentIds.speakerId(name);
        jdbc.update("INSERT INTO source_files (file_id, source_root, source_file, size_bytes, modified_millis, status,"
                + " first_seen_run, seen_run) VALUES (?, '/in', ?, 1, 1, 'IMPORTED', 1, 1)", "f" + article, article);
        jdbc.update("INSERT INTO articles (article_id, title, published_date, url, source_domain, author, source_file,"
                + " content_hash, encoding, analysis_version, file_id) VALUES (?, 't', DATE '2022-06-01', ?, 'd', '',"
                + " ?, 'h', 'UTF-8', 'v', ?)", article, "https://example.org/" + article, article, "f" + article);
        jdbc.update("INSERT INTO speakers (speaker_id, name, title, affiliation) SELECT ?, ?, ?, NULL"
                + " WHERE NOT EXISTS (SELECT 1 FROM speakers WHERE speaker_id = ?)", id, name, title, id);
        jdbc.update("INSERT INTO article_speakers (article_id, speaker_id, name, title, affiliation)"
                + " VALUES (?, ?, ?, ?, NULL)", article, id, name, title);
        // as the job's writer does: the counts the merge reads follow every change of mentions
        new MentionCounts(jdbc).add(java.util.List.of(article));
        jdbc.update("INSERT INTO quotes (quote_id, article_id, speaker_id, text, kind, cue, char_start, char_end)"
                + " VALUES (?, ?, ?, 'words', 'DIRECT', 'said', 0, 5)", "q" + article, article, id);
    }
    /** One article quoting each of the given names once. */
    private void mentions(String article, String... names) {
        mention(article, names[0], "");
        for (int i = 1; i < names.length; i++) {
            String id = ContentIds.speakerId(names[i]);
            new MentionCounts(jdbc).remove(java.util.List.of(article));
            jdbc.update("INSERT INTO speakers (speaker_id, name, title, affiliation) SELECT ?, ?, '', NULL"
                    + " WHERE NOT EXISTS (SELECT 1 FROM speakers WHERE speaker_id = ?)", id, names[i], id);
            jdbc.update("INSERT INTO article_speakers (article_id, speaker_id, name, title, affiliation)"
                    + " VALUES (?, ?, ?, '', NULL)", article, id, names[i]);
            new MentionCounts(jdbc).add(java.util.List.of(article));
            jdbc.update("INSERT INTO quotes (quote_id, article_id, speaker_id, text, kind, cue, char_start, char_end)"
                    + " VALUES (?, ?, ?, 'words', 'DIRECT', 'said', ?, ?)", "q" + article + i, article, id, 10 * i,
                    10 * i + 5);
        }
    }
}
