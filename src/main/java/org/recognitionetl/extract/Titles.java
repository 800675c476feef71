package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles and roles that precede names ({@code extract/titles.txt}). They are stripped from speaker names and
 * kept as the speaker's title; lower-case role nouns ("the president") are resolved to a person by title.
 */
final class Titles {
    private final List<String[]> titles; // each title as lower-case tokens, longest first
    /** Every word of every title, lower case. */
    private final WordTable wordTable;
    /** Titles by their first token, so that matching costs a hash look-up, not a scan of the list. */
    private final java.util.Map<String, List<String[]>> byFirst = new java.util.HashMap<>();
    /**
     * The first words of the titles, lower case: {@link #match} is asked about every token of the phrases it
     * parses, and common words that are in a title but open none ("the", "of", "state") would otherwise each
     * take a lower-cased copy and a map look-up.
     */
    private final WordTable firstWords;

    private Titles(List<String[]> titles) {
        this.titles = titles;
        for (String[] t : titles) {
            byFirst.computeIfAbsent(t[0], k -> new ArrayList<>()).add(t);
        }
        Set<String> w = new HashSet<>();
        for (String[] t : titles) {
            for (String s : t) {
                w.add(s);
            }
        }
        this.wordTable = new WordTable(w);
        this.firstWords = new WordTable(byFirst.keySet());
    }

    static Titles withDefaults() {
        List<String[]> list = new ArrayList<>();
        for (String line : Resources.lines("extract/titles.txt", null)) {
            list.add(line.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        }
        list.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
        return new Titles(List.copyOf(list));
    }

    /** Number of tokens from {@code i} that form a title (0 if none). Case-insensitive. */
    int match(List<String> tokens, int i) {
        if (i >= tokens.size()) {
            return 0;
        }
        String first = tokens.get(i);
        if (!firstWords.containsLowerCased(first, 0, first.length())) {
            return 0; // most tokens open no title, and need no lower-cased copy to tell
        }
        List<String[]> cands = byFirst.get(first.toLowerCase(Locale.ROOT));
        if (cands == null) {
            return 0;
        }
        for (String[] t : cands) {
            if (i + t.length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < t.length && ok; k++) {
                ok = tokens.get(i + k).toLowerCase(Locale.ROOT).equals(t[k]);
            }
            if (ok) {
                return t.length;
            }
        }
        return 0;
    }

    /** True if the lower-cased word is part of some title ("president", "foreign", "sen."). */
    boolean isTitleWord(String word) {
        return wordTable.containsLowerCased(word, 0, word.length()); // the same answer, without the lower-cased copy
    }

    /** {@link #isTitleWord(String)} of text[from, to), without copying the slice. */
    boolean isTitleWord(String text, int from, int to) {
        return wordTable.containsLowerCased(text, from, to);
    }

    /** {@link #isTitleWord(String)} of text[from, to) of a body's characters. */
    boolean isTitleWord(char[] text, int from, int to) {
        return wordTable.containsLowerCased(text, from, to);
    }
}
