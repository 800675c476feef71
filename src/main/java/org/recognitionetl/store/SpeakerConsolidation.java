package org.recognitionetl.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Derives each speaker row from what all articles say of that person (the most frequent form of
 * the name, title and affiliation; ties go to the alphabetically first), and removes speakers and
 * entities that no article refers to any more. Being derived from the whole store, the result does
 * not depend on the order in which articles arrived.
 */
public class SpeakerConsolidation {
    private final JdbcTemplate jdbc;

    public SpeakerConsolidation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void run() {
        jdbc.update("DELETE FROM speaker_aliases");
        jdbc.update("DELETE FROM speakers WHERE speaker_id NOT IN (SELECT speaker_id FROM article_speakers)");
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> aliases = new ArrayList<>();
        String[] current = {null};
        Mentions mentions = new Mentions();
        jdbc.query("SELECT speaker_id, name, title, affiliation FROM article_speakers ORDER BY speaker_id", rs -> {
            String id = rs.getString(1);
            if (!id.equals(current[0])) {
                if (current[0] != null) {
                    mentions.flush(current[0], updates, aliases);
                }
                current[0] = id;
            }
            mentions.add(rs.getString(2), rs.getString(3), rs.getString(4));
        });
        if (current[0] != null) {
            mentions.flush(current[0], updates, aliases);
        }
        jdbc.batchUpdate("""
                UPDATE speakers SET name = ?, title = ?, affiliation = ?
                WHERE speaker_id = ? AND (name <> ? OR title <> ? OR COALESCE(affiliation, '') <> COALESCE(?, ''))""",
                updates.stream().map(u -> new Object[] {u[0], u[1], u[2], u[3], u[0], u[1], u[2]}).toList());
        jdbc.batchUpdate("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)", aliases);
        jdbc.update("""
                DELETE FROM entities WHERE entity_id NOT IN (
                    SELECT actor_entity_id FROM recognition_positions
                    UNION SELECT target_entity_id FROM recognition_positions
                    UNION SELECT affiliation FROM speakers WHERE affiliation IS NOT NULL
                    UNION SELECT affiliation FROM article_speakers WHERE affiliation IS NOT NULL)""");
    }

    /** The mentions of one speaker, counted per value. */
    private static final class Mentions {
        private final Map<String, Integer> names = new HashMap<>();
        private final Map<String, Integer> titles = new HashMap<>();
        private final Map<String, Integer> affiliations = new HashMap<>();

        void add(String name, String title, String affiliation) {
            names.merge(name, 1, Integer::sum);
            if (!title.isEmpty()) {
                titles.merge(title, 1, Integer::sum);
            }
            if (affiliation != null) {
                affiliations.merge(affiliation, 1, Integer::sum);
            }
        }

        void flush(String speakerId, List<Object[]> updates, List<Object[]> aliases) {
            String name = mostFrequent(names);
            String title = Objects.requireNonNullElse(mostFrequent(titles), "");
            updates.add(new Object[] {name, title, mostFrequent(affiliations), speakerId});
            TreeSet<String> forms = new TreeSet<>(names.keySet());
            String[] words = name.split(" ");
            if (words.length > 1) {
                forms.add(words[words.length - 1]);
            }
            forms.remove(name);
            for (String form : forms) {
                aliases.add(new Object[] {speakerId, form});
            }
            names.clear();
            titles.clear();
            affiliations.clear();
        }

        private static String mostFrequent(Map<String, Integer> counts) {
            return counts.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey)
                    .orElse(null);
        }
    }
}
