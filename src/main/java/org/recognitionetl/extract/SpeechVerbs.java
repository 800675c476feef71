package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verbs of saying with their inflections ({@code extract/speech-verbs.txt}). Verbs of mind and naming verbs
 * are left out of the file on purpose, so they never attribute a quote.
 */
final class SpeechVerbs {
    private final Set<String> forms;
    /** The same forms, probed with slices of the text while scanning (no substring per word). */
    private final WordTable table;

    /**
     * (first letter, length) pairs of the forms, indexed {@code (letter - 'a') * 64 + min(length, 63)}: most
     * words of a sentence fail this test, which costs less than hashing them for the table.
     */
    private final boolean[] shapes = new boolean[26 * 64];

    /** The words before the particle of the forms that have one ("pointed" of "pointed out"). */
    private final WordTable particleBases;

    private SpeechVerbs(Set<String> forms) {
        this.forms = forms;
        this.table = new WordTable(forms);
        Set<String> bases = new HashSet<>();
        for (String f : forms) {
            for (String p : PARTICLES) {
                if (f.endsWith(p)) {
                    bases.add(f.substring(0, f.length() - p.length()));
                }
            }
        }
        this.particleBases = new WordTable(bases);
        for (String f : forms) {
            char c = f.isEmpty() ? 0 : f.charAt(0);
            if (c >= 'a' && c <= 'z') {
                shapes[shape(c, f.length())] = true;
            }
        }
    }

    private static int shape(char first, int length) {
        return (first - 'a') * 64 + Math.min(length, 63);
    }

    static SpeechVerbs withDefaults() {
        Set<String> forms = new HashSet<>();
        for (String line : Resources.lines("extract/speech-verbs.txt", null)) {
            String[] c = line.split("\t", -1);
            forms.add(c[0].strip());
            if (c.length > 1) {
                forms.addAll(Resources.split(c[1]));
            }
        }
        return new SpeechVerbs(Words.of(forms));
    }

    /** A speech verb occurrence [start, end) and its form. */
    record Hit(int start, int end, String form) {
    }

    /**
     * Speech verbs in text[from, to), left to right. A hand-rolled word scan with set look-ups: a regex
     * alternation of all forms would try every form at every character, which dominated the run time.
     */
    List<Hit> find(String text, int from, int to) {
        List<Hit> out = new ArrayList<>();
        query(text, from, to, out, false);
        return out;
    }

    /**
     * The speech verbs of a whole text, found by one scan: the finders ask for the verbs of every sentence, and
     * of parts of it again, so scanning each range anew read most of a body several times. Each thread keeps
     * the index of the last text it was asked about (by identity, like {@link BodyChars}).
     */
    private static final class Index {
        SpeechVerbs owner;
        String text;
        int[] starts = new int[16];
        Hit[] hits = new Hit[16];
        int size;
    }

    private static final ThreadLocal<Index> INDEX = ThreadLocal.withInitial(Index::new);

    private Index index(String text) {
        Index ix = INDEX.get();
        if (ix.text != text || ix.owner != this) {
            List<Hit> all = new ArrayList<>();
            scan(text, 0, text.length(), all, false);
            if (ix.hits.length < all.size()) {
                ix.hits = new Hit[all.size()];
                ix.starts = new int[all.size()];
            }
            for (int k = 0; k < all.size(); k++) {
                ix.hits[k] = all.get(k);
                ix.starts[k] = all.get(k).start();
            }
            ix.size = all.size();
            ix.text = text;
            ix.owner = this;
        }
        return ix;
    }

    /** Characters a whole-text hit can depend on past its letters: " upon" and the character after it. */
    private static final int LOOKAHEAD = 6;

    /**
     * The same hits as {@code scan(text, from, to, out, firstOnly)}, read from the index. A word whose letters
     * and particle look-ahead all lie before {@code to} is judged alike by both scans, since the judgement reads
     * only those characters and whether the character before the word is a letter or digit. Only a word that
     * reaches near {@code to} (cut off by the range, or its particle cut off) can differ, so the end of the range
     * from the start of the letters run around {@code to - LOOKAHEAD} is scanned as before.
     */
    private void query(String text, int from, int to, List<Hit> out, boolean firstOnly) {
        int tail = to - LOOKAHEAD;
        if (tail <= from) {
            scan(text, from, to, out, firstOnly);
            return;
        }
        Index ix = index(text);
        char[] cs = BodyChars.of(text);
        if (isLower(cs[tail])) {
            while (tail > from && isLower(cs[tail - 1])) {
                tail--;
            }
        }
        // first hit starting at or after from
        int lo = 0;
        int hi = ix.size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ix.starts[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < ix.size && ix.starts[k] < tail; k++) {
            out.add(ix.hits[k]);
            if (firstOnly) {
                return;
            }
        }
        scan(text, tail, to, out, firstOnly);
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** Adds the hits in text[from, to) to {@code out}, left to right; only the first one if {@code firstOnly}. */
    private void scan(String text, int from, int to, List<Hit> out, boolean firstOnly) {
        char[] cs = BodyChars.of(text); // the same characters, read from an array
        int i = from;
        // whether text[i - 1] is a letter or digit, carried along so that each character is tested once
        boolean prevAlnum = i > 0 && Chars.isLetterOrDigit(cs[i - 1]);
        while (i < to) {
            char c = cs[i];
            if (c >= 'a' && c <= 'z' && !prevAlnum) {
                int j = i + 1;
                while (j < to && cs[j] >= 'a' && cs[j] <= 'z') {
                    j++;
                }
                if (j >= to || !Chars.isLetterOrDigit(cs[j])) {
                    // text[i, pe) is the word with its particle ("pointed out", "called for"), checked in place;
                    // only a word some particle form starts with can have one, and most words are not ("the")
                    int pe = particleBases.contains(cs, i, j) ? particleEnd(text, j, to) : -1;
                    if (pe > 0 && shapes[shape(c, pe - i)] && table.contains(cs, i, pe)) {
                        out.add(new Hit(i, pe, text.substring(i, pe)));
                    } else if (shapes[shape(c, j - i)] && table.contains(cs, i, j)) {
                        out.add(new Hit(i, j, text.substring(i, j)));
                    }
                    if (firstOnly && !out.isEmpty()) {
                        return;
                    }
                }
                i = j;
                prevAlnum = true; // text[j - 1] is a letter
            } else {
                prevAlnum = Chars.isLetterOrDigit(c);
                i++;
            }
        }
    }

    private static final String[] PARTICLES = {" out", " for", " on", " upon"};

    /** End of " out", " for", " on" or " upon" as a whole word right after {@code j}; -1 if none. */
    private static int particleEnd(String text, int j, int to) {
        if (j + 3 > to || text.charAt(j) != ' ') {
            return -1;
        }
        for (String p : PARTICLES) {
            int e = j + p.length();
            if (e <= to && text.startsWith(p, j) && (e == to || !Character.isLetter(text.charAt(e)))) {
                return e;
            }
        }
        return -1;
    }

    Hit first(String text, int from, int to) {
        List<Hit> h = new ArrayList<>(1);
        query(text, from, to, h, true);
        return h.isEmpty() ? null : h.get(0);
    }

    /** The hits of a fresh scan of text[from, to), without the index: what {@link #find} must answer. */
    List<Hit> scanned(String text, int from, int to) {
        List<Hit> out = new ArrayList<>();
        scan(text, from, to, out, false);
        return out;
    }

    Hit last(String text, int from, int to) {
        List<Hit> h = find(text, from, to);
        return h.isEmpty() ? null : h.get(h.size() - 1);
    }

    boolean isForm(String word) {
        return forms.contains(word);
    }
}
