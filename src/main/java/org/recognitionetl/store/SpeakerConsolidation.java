package org.recognitionetl.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.recognitionetl.extract.PersonNames;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Derives each speaker row from what all articles say of that person (the most frequent form of
 * the name, title and affiliation; ties go to the alphabetically first), and removes speakers and
 * entities that no article refers to any more. Being derived from the whole store, the result does
 * not depend on the order in which articles arrived.
 *
 * <p>The names one person may go by share a key (the surname; a one-word name is its own key), and
 * everything the merge decides for a name depends only on the names of its key and their counts. So
 * a nightly run consolidates only the keys of the names its changed articles mention or no longer
 * mention ({@link #consolidate}), and gets the rows a consolidation of the whole store would give;
 * {@link #run()} does the whole store (after a bulk import or a full refresh), in bounded memory.
 */
public class SpeakerConsolidation {
    private static final int BATCH = 500;
    /** The articles whose mention of a name (2nd parameter) points at a speaker (1st), by the speaker index. */
    static final String ARTICLES_OF_SPEAKER_NAME = "SELECT DISTINCT article_id FROM article_speakers"
            + " USE INDEX (article_speakers_speaker_ix) WHERE speaker_id = ? AND name = ?";

    private final JdbcTemplate jdbc;
    private final MentionCounts mentionCounts;
    private final Set<String> repointedArticles = new TreeSet<>();
    private final Consumer<MergeProgress> progress;

    public SpeakerConsolidation(JdbcTemplate jdbc) {
        this(jdbc, done -> { });
    }

    /**
     * @param progress told after each name merged: a consolidation of a million articles' speakers
     *                 takes the best part of an hour, and the user should see it move
     */
    public SpeakerConsolidation(JdbcTemplate jdbc, Consumer<MergeProgress> progress) {
        this.jdbc = jdbc;
        this.mentionCounts = new MentionCounts(jdbc);
        this.progress = progress;
    }

    /**
     * Consolidates every speaker of the store. The mention counts are not read here but made: the
     * whole store's mentions are read once in the index order of names, and counted again once
     * after the merge has re-pointed them (keeping the counts in step name by name would cost two
     * statements per name).
     */
    public void run() {
        jdbc.update("DELETE FROM speaker_names");
        List<String> names = new ArrayList<>();
        jdbc.query("SELECT DISTINCT name FROM article_speakers", rs -> {
            names.add(rs.getString(1));
        });
        registerNames(names);
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> stateSpeaking = new HashSet<>();
        Map<String, Set<String>> pointedAt = new HashMap<>();
        jdbc.query("""
                SELECT name, affiliation, speaker_id, COUNT(*) FROM article_speakers
                GROUP BY name, affiliation, speaker_id""", rs -> {
                    count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), counts, stateSpeaking,
                            pointedAt);
                });
        Set<String> touched = mergePeople(counts, stateSpeaking, pointedAt, null);
        mentionCounts.rebuild();
        touched.addAll(jdbc.queryForList("SELECT speaker_id FROM speakers", String.class));
        deriveSpeakers(touched);
        removeUnusedEntities();
    }

    /**
     * Consolidates the speakers that the given changes may affect: every name of a key that a
     * mention of a changed article, or a deleted mention, carries.
     *
     * @param changedArticles articles inserted or replaced since the last consolidation
     * @param deletedMentions (name, speaker_id) of mentions deleted since then
     */
    public void consolidate(Collection<String> changedArticles, Collection<String[]> deletedMentions) {
        Set<String> names = new TreeSet<>();
        inBatches(changedArticles, batch -> names.addAll(jdbc.queryForList(
                "SELECT DISTINCT name FROM article_speakers WHERE article_id IN (" + placeholders(batch.size()) + ")",
                String.class, batch.toArray())));
        Set<String> touched = new TreeSet<>();
        for (String[] mention : deletedMentions) {
            names.add(mention[0]);
            touched.add(mention[1]);
        }
        registerNames(names);
        Set<String> keys = new TreeSet<>();
        Set<String> inScope = new TreeSet<>();
        for (String name : names) {
            String key = surnameKey(name);
            if (key == null) {
                inScope.add(name);
            } else {
                keys.add(key);
            }
        }
        inBatches(keys, batch -> inScope.addAll(jdbc.queryForList(
                "SELECT name FROM speaker_names WHERE surname_key IN (" + placeholders(batch.size()) + ")",
                String.class, batch.toArray())));
        Map<String, Integer> counts = new TreeMap<>();
        Set<String> stateSpeaking = new HashSet<>();
        Map<String, Set<String>> pointedAt = new HashMap<>();
        countMentions(inScope, counts, stateSpeaking, pointedAt);
        for (String name : inScope) {
            if (!counts.containsKey(name)) {
                // no article gives this name any more
                jdbc.update("DELETE FROM speaker_names WHERE name = ?", name);
                touched.add(ContentIds.speakerId(name));
            }
        }
        touched.addAll(mergePeople(counts, stateSpeaking, pointedAt, mentionCounts));
        deriveSpeakers(touched);
        removeUnusedEntities();
    }

    /** Articles whose quotes or positions the consolidation pointed at another speaker (their export changes). */
    public Set<String> repointedArticles() {
        return repointedArticles;
    }

    /** The key of the names one person may go by, or null for a mention that is no person's name. */
    static String surnameKey(String name) {
        String[] w = PersonNames.words(name);
        if (w.length == 0) {
            return null;
        }
        // a one-word name is looked up as itself (lower case) among the surnames of fuller names
        return w.length == 1 ? name.toLowerCase(Locale.ROOT) : w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    private void registerNames(Collection<String> names) {
        inBatches(names, batch -> jdbc.batchUpdate("MERGE INTO speaker_names (name, surname_key) KEY (name) VALUES (?, ?)",
                batch.stream().map(name -> new Object[] {name, surnameKey(name)}).toList()));
    }

    /**
     * Counts the mentions of each name from the kept counts ({@link MentionCounts}), one indexed
     * look-up per name: a few rows each, where the mentions themselves are hundreds of thousands for
     * the people quoted every day.
     */
    private void countMentions(Collection<String> names, Map<String, Integer> counts, Set<String> stateSpeaking,
                               Map<String, Set<String>> pointedAt) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement byName = connection.prepareStatement("""
                    SELECT NULLIF(affiliation, ''), speaker_id, SUM(mentions) FROM speaker_mention_counts WHERE name = ?
                    GROUP BY affiliation, speaker_id""")) {
                for (String name : names) {
                    byName.setString(1, name);
                    try (ResultSet rs = byName.executeQuery()) {
                        while (rs.next()) {
                            count(name, rs.getString(1), rs.getString(2), rs.getLong(3), counts, stateSpeaking,
                                    pointedAt);
                        }
                    }
                }
            }
            return null;
        });
    }

    private static void count(String name, String affiliation, String speakerId, long mentions,
                              Map<String, Integer> counts, Set<String> stateSpeaking,
                              Map<String, Set<String>> pointedAt) {
        counts.merge(name, Math.toIntExact(mentions), Integer::sum);
        pointedAt.computeIfAbsent(name, n -> new HashSet<>()).add(speakerId);
        if (affiliation != null && affiliation.equals(ContentIds.entityId(name))) {
            stateSpeaking.add(name);
        }
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /**
     * One person is one row across articles: "Donald J. Trump", "Donald Trump" and "Trump" (when no other person
     * of that surname is quoted anywhere), "Joe Biden" and "Joseph R. Biden", "Sergei" and "Sergey Lavrov".
     * Each article's mention is pointed at the ID of its person's fullest name; the clusters are computed from
     * the names the articles gave, so a surname that later becomes ambiguous goes back to a row of its own.
     * Only mentions whose name is in {@code counts} are looked at; the others already point where they should.
     * A name whose mentions all point at its person already ({@code pointedAt}: the speaker IDs its mentions
     * held when they were counted) needs no look-up: merging other names only ever points a mention at its
     * own name's person.
     *
     * @param keptCounts the mention counts to keep in step with each re-pointing, or null when the caller
     *                   counts again afterwards
     * @return the speaker IDs whose mentions may have changed
     */
    private Set<String> mergePeople(Map<String, Integer> counts, Set<String> stateSpeaking,
                                    Map<String, Set<String>> pointedAt, MentionCounts keptCounts) {
        Map<String, String> canonical = canonicalNames(counts, stateSpeaking);
        Set<String> touched = new TreeSet<>();
        Repoints repoints = new Repoints();
        long mentionsTotal = counts.values().stream().mapToLong(Integer::longValue).sum();
        long names = 0;
        long mentions = 0;
        for (Map.Entry<String, Integer> counted : counts.entrySet()) {
            String name = counted.getKey();
            names++;
            mentions += counted.getValue();
            String target = ContentIds.speakerId(canonical.getOrDefault(name, name));
            touched.add(target);
            touched.add(ContentIds.speakerId(name));
            if (Set.of(target).equals(pointedAt.get(name))) {
                continue;
            }
            for (String article : articlesPointedElsewhere(name, target, pointedAt.get(name))) {
                // an article waiting in the batch was read whole: its mention of this name is in the batch too
                if (repoints.articleIds.contains(article)) {
                    continue;
                }
                repoint(article, counts, canonical, touched, repoints);
                if (repoints.articleIds.size() == BATCH) {
                    repoints.execute(jdbc, keptCounts);
                }
            }
            progress.accept(new MergeProgress(names, counts.size(), mentions, mentionsTotal, repointedArticles.size()));
        }
        repoints.execute(jdbc, keptCounts);
        return touched;
    }

    /**
     * The articles whose mention of {@code name} points at another speaker than {@code target}. They
     * are looked up by each other speaker the name was counted pointing at, on the speaker index
     * (speaker, name): by the name alone H2 would read every mention of it, hundreds of thousands
     * for a person quoted every day, to find the few of a night's new articles (most of a nightly
     * merge's time). Merging only ever points a name's mentions at its own person, so the speakers
     * counted before the merge began hold every mention still to move.
     */
    private Set<String> articlesPointedElsewhere(String name, String target, Set<String> speakersCounted) {
        Set<String> articles = new TreeSet<>();
        for (String speakerId : speakersCounted) {
            if (!speakerId.equals(target)) {
                articles.addAll(jdbc.queryForList(ARTICLES_OF_SPEAKER_NAME, String.class, speakerId, name));
            }
        }
        return articles;
    }

    /**
     * The changes of a batch of articles, one JDBC batch per statement. Each article is read once
     * per batch and its changes do not depend on another article's, so running them statement by
     * statement (in the order they were made) gives what running them article by article would.
     * A batch gathers the articles of many names: a nightly merge re-points a few hundred names'
     * mentions, mostly one new article each.
     */
    private static final class Repoints {
        final List<Object[]> speakers = new ArrayList<>();
        final List<Object[]> quotes = new ArrayList<>();
        final List<Object[]> positions = new ArrayList<>();
        final List<Object[]> mentionDeletes = new ArrayList<>();
        final List<Object[]> mentionUpdates = new ArrayList<>();
        final Set<String> articleIds = new LinkedHashSet<>();

        /** @param mentionCounts the counts to keep in step, or null when the caller counts again afterwards */
        void execute(JdbcTemplate jdbc, MentionCounts mentionCounts) {
            if (articleIds.isEmpty()) {
                return;
            }
            if (mentionCounts != null) {
                mentionCounts.remove(articleIds);
            }
            jdbc.batchUpdate("INSERT INTO speakers (speaker_id, name, title, affiliation) SELECT ?, ?, '', NULL"
                    + " WHERE NOT EXISTS (SELECT 1 FROM speakers WHERE speaker_id = ?)", speakers);
            // COALESCE keeps H2 on the article's index: by the speaker's index it would visit every quote
            // of a much-quoted person for each of that person's articles
            jdbc.batchUpdate("UPDATE quotes SET speaker_id = ? WHERE article_id = ? AND COALESCE(speaker_id, '') = ?",
                    quotes);
            jdbc.batchUpdate("UPDATE recognition_positions SET speaker_id = ?"
                    + " WHERE article_id = ? AND COALESCE(speaker_id, '') = ?", positions);
            jdbc.batchUpdate("DELETE FROM article_speakers WHERE article_id = ? AND speaker_id = ?", mentionDeletes);
            jdbc.batchUpdate("UPDATE article_speakers SET speaker_id = ? WHERE article_id = ? AND speaker_id = ?",
                    mentionUpdates);
            if (mentionCounts != null) {
                mentionCounts.add(articleIds);
            }
            articleIds.clear();
            speakers.clear();
            quotes.clear();
            positions.clear();
            mentionDeletes.clear();
            mentionUpdates.clear();
        }
    }

    /** Points one article's mentions at their people's IDs; an article naming a person twice keeps one mention. */
    private void repoint(String articleId, Map<String, Integer> counts, Map<String, String> canonical,
                         Set<String> touched, Repoints repoints) {
        List<String[]> mentions = jdbc.query("SELECT speaker_id, name FROM article_speakers WHERE article_id = ?"
                + " ORDER BY speaker_id", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, articleId);
        Set<String> present = new HashSet<>();
        mentions.forEach(m -> present.add(m[0]));
        repoints.articleIds.add(articleId);
        for (String[] m : mentions) {
            String speakerId = m[0];
            String name = m[1];
            if (!counts.containsKey(name)) {
                continue;
            }
            String target = canonical.getOrDefault(name, name);
            String id = ContentIds.speakerId(target);
            if (id.equals(speakerId)) {
                continue;
            }
            repointedArticles.add(articleId);
            touched.add(speakerId);
            touched.add(id);
            repoints.speakers.add(new Object[] {id, target, id});
            repoints.quotes.add(new Object[] {id, articleId, speakerId});
            repoints.positions.add(new Object[] {id, articleId, speakerId});
            if (present.contains(id)) {
                // the article named the person twice ("Trump", "Donald Trump"): one mention is enough
                repoints.mentionDeletes.add(new Object[] {articleId, speakerId});
            } else {
                repoints.mentionUpdates.add(new Object[] {id, articleId, speakerId});
                present.add(id);
            }
            present.remove(speakerId);
        }
    }

    /**
     * Derives name, title, affiliation and aliases of each given speaker from its mentions; drops speakers
     * without any. Speakers that lost all mentions are deleted before any is renamed: a name is unique,
     * and the person who takes a name may take it from a row that is going.
     */
    private void deriveSpeakers(Set<String> speakerIds) {
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> aliases = new ArrayList<>();
        List<Object[]> ids = new ArrayList<>();
        List<Object[]> unused = new ArrayList<>();
        // one look-up per batch of speakers rather than per speaker: a night derives some 9,000
        inBatches(speakerIds, batch -> {
            Map<String, Mentions> mentionsOf = new HashMap<>();
            jdbc.query("SELECT speaker_id, name, title, NULLIF(affiliation, ''), mentions FROM speaker_mention_counts"
                    + " WHERE speaker_id IN (" + placeholders(batch.size()) + ")", rs -> {
                mentionsOf.computeIfAbsent(rs.getString(1), id -> new Mentions())
                        .add(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));
            }, batch.toArray());
            for (String speakerId : batch) {
                ids.add(new Object[] {speakerId});
                Mentions mentions = mentionsOf.get(speakerId);
                if (mentions == null) {
                    unused.add(new Object[] {speakerId});
                } else {
                    mentions.flush(speakerId, updates, aliases);
                }
            }
        });
        batches("DELETE FROM speaker_aliases WHERE speaker_id = ?", ids);
        batches("DELETE FROM speakers WHERE speaker_id = ?", unused);
        batches("""
                UPDATE speakers SET name = ?, title = ?, affiliation = ?
                WHERE speaker_id = ? AND (name <> ? OR title <> ? OR COALESCE(affiliation, '') <> COALESCE(?, ''))""",
                updates.stream().map(u -> new Object[] {u[0], u[1], u[2], u[3], u[0], u[1], u[2]}).toList());
        batches("INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)", aliases);
    }

    private void batches(String sql, List<Object[]> rows) {
        inBatches(rows, batch -> jdbc.batchUpdate(sql, batch));
    }

    /** Hands the items to {@code each} {@value #BATCH} at a time, in their order. */
    private static <T> void inBatches(Collection<T> items, Consumer<List<T>> each) {
        List<T> all = new ArrayList<>(items);
        for (int from = 0; from < all.size(); from += BATCH) {
            each.accept(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
    }

    /** Entities that no position, speaker or mention refers to any more (a few hundred rows, each probed by index). */
    private void removeUnusedEntities() {
        jdbc.update("""
                DELETE FROM entities e
                WHERE NOT EXISTS (SELECT 1 FROM recognition_positions p WHERE p.actor_entity_id = e.entity_id)
                  AND NOT EXISTS (SELECT 1 FROM recognition_positions p WHERE p.target_entity_id = e.entity_id)
                  AND NOT EXISTS (SELECT 1 FROM speakers s WHERE s.affiliation = e.entity_id)
                  AND NOT EXISTS (SELECT 1 FROM article_speakers a WHERE a.affiliation = e.entity_id)""");
    }

    /**
     * Each person's name to the fullest name of the person (most words, then most mentions, then alphabetical).
     * Names are visited in sorted order, so the clusters of one key come out the same whether the whole
     * store or only that key is consolidated.
     */
    private static Map<String, String> canonicalNames(Map<String, Integer> count, Set<String> stateSpeaking) {
        // full names by surname, joined when their first names agree
        Map<String, List<List<String>>> bySurname = new java.util.TreeMap<>();
        List<String> surnamesOnly = new ArrayList<>();
        for (String name : count.keySet()) {
            String[] w = org.recognitionetl.extract.PersonNames.words(name);
            if (w.length == 1 && !stateSpeaking.contains(name)) {
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

        void add(String name, String title, String affiliation, int mentions) {
            names.merge(name, mentions, Integer::sum);
            if (!title.isEmpty()) {
                titles.merge(title, mentions, Integer::sum);
            }
            if (affiliation != null) {
                affiliations.merge(affiliation, mentions, Integer::sum);
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
