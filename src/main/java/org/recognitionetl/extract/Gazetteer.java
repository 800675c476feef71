package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * States, disputed territories and organisations with their aliases, demonyms and metonyms, loaded from
 * {@code extract/gazetteer/*.tsv}. Matching is by exact (case-sensitive) token sequences, because the names
 * are proper nouns and lower-case homographs ("us", "chad") must not match.
 */
final class Gazetteer {
    /**
     * How a mention names its entity: the name or an alias, an adjective/demonym, a capital/seat, or a person
     * who acts for it (added by the analyser from the people an article names, never from the gazetteer files).
     */
    enum Form { NAME, DEMONYM, METONYM, PERSON }

    record Mention(Entity entity, Form form, int start, int end, boolean possessive) {
    }

    private record Hit(Entity entity, Form form) {
    }

    // Tokens (see Tokens) keep inner dots, hyphens and apostrophes so that "U.S.", "Guinea-Bissau" and
    // "People's" stay whole.

    private final Map<String, Hit> forms = new HashMap<>();
    /**
     * First words of the forms of two or more words: a multi-word look-up can only succeed when it opens with
     * one of them (the variants tried by lookup only trim the last word), so most capitalised words cost one
     * look-up instead of one per possible length.
     */
    private final Set<String> firstWords = new HashSet<>();
    private final Map<String, Entity> byName = new HashMap<>();
    private int maxTokens = 1;

    static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String line : Resources.lines("extract/gazetteer/states.tsv", "canonical_name")) {
            String[] c = line.split("\t", -1);
            Entity e = new Entity(c[0].strip(), EntityKind.STATE);
            g.register(e, c, 1, 2, 3);
        }
        for (String line : Resources.lines("extract/gazetteer/disputed.tsv", "canonical_name")) {
            String[] c = line.split("\t", -1);
            String name = c[0].strip();
            EntityKind kind = EntityKind.valueOf(c[1].strip());
            // A disputed entry may refine a state's kind (Palestine is listed as a territory in entities.tsv).
            Entity e = new Entity(name, kind);
            g.forms.replaceAll((k, h) -> h.entity().name().equals(name) ? new Hit(e, h.form()) : h);
            g.register(e, c, 2, 4, 3);
        }
        return g;
    }

    private void register(Entity e, String[] cols, int aliasCol, int demonymCol, int metonymCol) {
        byName.put(e.name(), e);
        add(e.name(), e, Form.NAME);
        if (cols.length > aliasCol) {
            Resources.split(cols[aliasCol]).forEach(a -> add(a, e, Form.NAME));
        }
        if (demonymCol >= 0 && cols.length > demonymCol) {
            Resources.split(cols[demonymCol]).forEach(a -> add(a, e, Form.DEMONYM));
        }
        if (cols.length > metonymCol) {
            Resources.split(cols[metonymCol]).forEach(a -> add(a, e, Form.METONYM));
        }
    }

    private void add(String form, Entity e, Form kind) {
        String key = normalise(form);
        Hit old = forms.get(key);
        // the first registration wins except that a NAME beats a metonym/demonym of another entity
        if (old == null || (old.form() != Form.NAME && kind == Form.NAME)) {
            forms.put(key, new Hit(e, kind));
        }
        String[] words = key.split(" ");
        maxTokens = Math.max(maxTokens, words.length);
        if (words.length > 1) {
            firstWords.add(words[0]);
        }
    }

    private static String key(String s) {
        return s.indexOf('’') >= 0 ? s.replace('’', '\'') : s;
    }

    private static String normalise(String s) {
        return key(s).replaceAll("\\s+", " ").strip();
    }

    Entity byName(String name) {
        return byName.get(name);
    }

    /** Entity mentions in text[from, to), longest match first, left to right. */
    List<Mention> find(String text, int from, int to) {
        List<int[]> toks = tokens(text, from, to, Integer.MAX_VALUE);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Longest found = longestAt(text, toks, i);
            if (found != null) {
                out.add(found.mention());
                i += found.tokens();
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * The mention {@link #find} would list first if it starts at offset 0, else null: {@code find(text, 0, n)}
     * tries the first token before any other, so a mention at 0 is its first one and no later token can give
     * one. Only the tokens a look-up at the first one can span are read (the parser asks this of every phrase).
     */
    Mention mentionAtStart(String text) {
        List<int[]> toks = tokens(text, 0, text.length(), maxTokens);
        if (toks.isEmpty() || toks.get(0)[0] != 0) {
            return null;
        }
        Longest found = longestAt(text, toks, 0);
        return found == null ? null : found.mention();
    }

    /** The first {@code limit} tokens of text[from, to), as {start, end} pairs. */
    private static List<int[]> tokens(String text, int from, int to, int limit) {
        List<int[]> toks = new ArrayList<>();
        for (int s = Tokens.nextStart(text, from, to); s >= 0 && toks.size() < limit; ) {
            int e = Tokens.end(text, s, to);
            toks.add(new int[] {s, e});
            s = Tokens.nextStart(text, e, to);
        }
        return toks;
    }

    /** A mention and how many tokens it spans. */
    private record Longest(Mention mention, int tokens) {
    }

    /** The longest mention opening with token i, or null. */
    private Longest longestAt(String text, List<int[]> toks, int i) {
        int[] t0 = toks.get(i);
        if (!Character.isUpperCase(text.charAt(t0[0])) && !startsLowerAlias(text, t0)) {
            return null;
        }
        int longest = Math.min(maxTokens, toks.size() - i);
        if (longest > 1 && !firstWords.contains(key(text.substring(t0[0], t0[1])))) {
            longest = 1;
        }
        for (int n = longest; n >= 1; n--) {
            int[] last = toks.get(i + n - 1);
            if (!singleSpaced(text, toks, i, n)) {
                continue;
            }
            Mention best = lookup(key(text.substring(t0[0], last[1])), t0[0], last[1]);
            if (best != null) {
                return new Longest(best, n);
            }
        }
        return null;
    }

    private static boolean startsLowerAlias(String text, int[] t) {
        // aliases such as "mainland China" open with a lower-case word
        return text.startsWith("mainland", t[0]);
    }

    private static boolean singleSpaced(String text, List<int[]> toks, int i, int n) {
        for (int k = i + 1; k < i + n; k++) {
            int gapStart = toks.get(k - 1)[1];
            int gapEnd = toks.get(k)[0];
            if (gapEnd - gapStart != 1 || text.charAt(gapStart) != ' ') {
                return false;
            }
        }
        return true;
    }

    private Mention lookup(String raw, int start, int end) {
        Hit h = forms.get(raw);
        if (h != null) {
            return new Mention(h.entity(), h.form(), start, end, false);
        }
        if (raw.endsWith(".")) {
            h = forms.get(raw.substring(0, raw.length() - 1));
            if (h != null) {
                return new Mention(h.entity(), h.form(), start, end - 1, false);
            }
        }
        if (raw.endsWith("'s") || raw.endsWith("s'")) {
            h = forms.get(raw.substring(0, raw.length() - 2));
            if (h != null) {
                return new Mention(h.entity(), h.form(), start, end - 2, true);
            }
        }
        if (raw.endsWith("'")) {
            h = forms.get(raw.substring(0, raw.length() - 1));
            if (h != null) {
                return new Mention(h.entity(), h.form(), start, end - 1, true);
            }
        }
        return null;
    }
}
