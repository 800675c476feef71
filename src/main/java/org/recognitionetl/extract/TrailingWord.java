package org.recognitionetl.extract;

/**
 * A cheap test run before the regexes that end in {@code (?:word|word…)\s+$} over a short region before a source
 * phrase ("aides travelling with ", "critics of "): those regexes can only match when the text before the position
 * ends in one of the words and whitespace, and most positions do not. Answering that first spares the matcher
 * (its allocation and its attempt at every start of the region) on nearly every call. A necessary condition
 * only: true does not mean the regex matches, false means it cannot.
 */
final class TrailingWord {
    private TrailingWord() {
    }

    /**
     * True if text[.., end) is one of {@code words} followed by at least one {@code \s} character up to
     * {@code end} (the words themselves hold no such character).
     */
    static boolean endsWithWordAndSpace(String text, int end, String... words) {
        int p = end;
        while (p > 0 && isRegexSpace(text.charAt(p - 1))) {
            p--;
        }
        if (p == end) {
            return false;
        }
        for (String w : words) {
            if (p >= w.length() && text.startsWith(w, p - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \s} matches without UNICODE_CHARACTER_CLASS: a space, tab, line feed, VT, form feed or CR. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
