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
        mergePeople();
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

    /** One article's mention of a speaker, as the article named it. */
    private record Row(String articleId, String speakerId, String name, String affiliation) {
    }

    /**
     * One person is one row across articles: "Donald J. Trump", "Donald Trump" and "Trump" (when no other person
     * of that surname is quoted anywhere), "Joe Biden" and "Joseph R. Biden", "Sergei" and "Sergey Lavrov".
     * Each article's mention is pointed at the ID of its person's fullest name; the clusters are computed from
     * the names the articles gave, so a surname that later becomes ambiguous goes back to a row of its own.
     */
    private void mergePeople() {
        List<Row> rows = jdbc.query("SELECT article_id, speaker_id, name, affiliation FROM article_speakers"
                + " ORDER BY article_id, speaker_id", (rs, i) -> new Row(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)));
        Map<String, String> canonical = canonicalNames(rows);
        Map<String, List<Row>> byArticle = new java.util.LinkedHashMap<>();
        for (Row r : rows) {
            byArticle.computeIfAbsent(r.articleId(), k -> new ArrayList<>()).add(r);
        }
        for (List<Row> article : byArticle.values()) {
            java.util.Set<String> present = new java.util.HashSet<>();
            article.forEach(r -> present.add(r.speakerId()));
            for (Row r : article) {
                String target = canonical.getOrDefault(r.name(), r.name());
                String id = ContentIds.speakerId(target);
                if (id.equals(r.speakerId())) {
                    continue;
                }
                jdbc.update("INSERT INTO speakers (speaker_id, name, title, affiliation) SELECT ?, ?, '', NULL"
                        + " WHERE NOT EXISTS (SELECT 1 FROM speakers WHERE speaker_id = ?)", id, target, id);
                jdbc.update("UPDATE quotes SET speaker_id = ? WHERE article_id = ? AND speaker_id = ?", id,
                        r.articleId(), r.speakerId());
                jdbc.update("UPDATE recognition_positions SET speaker_id = ? WHERE article_id = ? AND speaker_id = ?",
                        id, r.articleId(), r.speakerId());
                if (present.contains(id)) {
                    // the article named the person twice ("Trump", "Donald Trump"): one mention is enough
                    jdbc.update("DELETE FROM article_speakers WHERE article_id = ? AND speaker_id = ?", r.articleId(),
                            r.speakerId());
                } else {
                    jdbc.update("UPDATE article_speakers SET speaker_id = ? WHERE article_id = ? AND speaker_id = ?",
                            id, r.articleId(), r.speakerId());
                    present.add(id);
                }
                present.remove(r.speakerId());
            }
        }
    }

    /** Each person's name to the fullest name of the person (most words, then most mentions, then alphabetical). */
    private static Map<String, String> canonicalNames(List<Row> rows) {
        Map<String, Integer> count = new java.util.TreeMap<>();
        Map<String, Boolean> stateSpeaking = new HashMap<>();
        for (Row r : rows) {
            count.merge(r.name(), 1, Integer::sum);
            if (r.affiliation() != null && r.affiliation().equals(ContentIds.entityId(r.name()))) {
                stateSpeaking.put(r.name(), true);
            }
        }
        // full names by surname, joined when their first names agree
        Map<String, List<List<String>>> bySurname = new java.util.TreeMap<>();
        List<String> surnamesOnly = new ArrayList<>();
        for (String name : count.keySet()) {
            String[] w = org.recognitionetl.extract.PersonNames.words(name);
            if (w.length == 1 && !stateSpeaking.containsKey(name)) {
                surnamesOnly.add(name);
            }
            if (w.length < 2) {
                continue;
            }
            List<List<String>> clusters = bySurname.computeIfAbsent(w[w.length - 1].toLowerCase(java.util.Locale.ROOT),
                    k -> new ArrayList<>());
            List<String> home = null;
            for (List<String> c : clusters) {
                String[] o = org.recognitionetl.extract.PersonNames.words(c.get(0));
                if (org.recognitionetl.extract.PersonNames.sameFirstName(w[0], o[0])) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(name);
        }
        // a surname alone joins the one person of that surname; among several, only one the articles quote at
        // least three times as often as all the others together (the "Trump" of a campaign archive)
        for (String name : surnamesOnly) {
            List<List<String>> clusters = bySurname.get(name.toLowerCase(java.util.Locale.ROOT));
            if (clusters == null) {
                continue;
            }
            List<String> top = null;
            int topCount = 0;
            int others = 0;
            for (List<String> c : clusters) {
                int n = c.stream().mapToInt(count::get).sum();
                if (n > topCount) {
                    others += topCount;
                    topCount = n;
                    top = c;
                } else {
                    others += n;
                }
            }
            if (top != null && topCount >= 3 * others) {
                top.add(name);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (List<List<String>> clusters : bySurname.values()) {
            for (List<String> c : clusters) {
                String best = c.stream().min(Comparator
                        .<String>comparingInt(n -> -org.recognitionetl.extract.PersonNames.words(n).length)
                        .thenComparingInt(n -> -count.get(n))
                        .thenComparingInt(n -> -n.length())
                        .thenComparing(Comparator.naturalOrder())).orElseThrow();
                c.forEach(n -> out.put(n, best));
            }
        }
        return out;
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
            // the fullest form the articles give ("Kassym-Jomart Tokayev" over "Tokayev"), then the most frequent
            int most = names.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(0);
            Map<String, Integer> fullest = new HashMap<>();
            names.forEach((n, c) -> {
                if (n.split(" ").length == most) {
                    fullest.put(n, c);
                }
            });
            int longest = fullest.keySet().stream().mapToInt(String::length).max().orElse(0);
            String name = mostFrequent(fullest);
            if (fullest.size() > 1 && fullest.values().stream().distinct().count() == 1) {
                // equally frequent forms: the longer spelling ("William" over "Bill")
                name = fullest.keySet().stream().filter(n -> n.length() == longest).sorted().findFirst().orElse(name);
            }
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
