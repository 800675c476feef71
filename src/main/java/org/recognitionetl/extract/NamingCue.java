package org.recognitionetl.extract;

/**
 * Tells whether the text before an opening quote mark ends in a naming word ("called", "dubbed", "known as"),
 * which makes the marked words a name or title rather than a quote. Same answer as the pattern
 * {@code (?i)(?:called|…|as)\s*$} applied with {@code find()}, but checked from the end of the text only: the
 * pattern was tried at every offset of the text before each quote mark.
 */
final class NamingCue {
    private NamingCue() {
    }

    /** The alternatives of the pattern, lower case; like the pattern, they need no word boundary before them. */
    private static final String[] WORDS = Words.fromResource("extract/naming-cues.txt").toArray(new String[0]);

    static boolean endsWithNamingWord(String before) {
        int n = before.length();
        if (endsWithWordAt(before, skipSpaceBack(before, n))) {
            return true;
        }
        // "$" also matches just before a final line terminator, which \s does not cover for these three
        if (n > 0) {
            char last = before.charAt(n - 1);
            if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
                return endsWithWordAt(before, skipSpaceBack(before, n - 1));
            }
        }
        return false;
    }

    /** Start of the run of regex {@code \s} characters ending at {@code end}. */
    private static int skipSpaceBack(String s, int end) {
        int i = end;
        while (i > 0 && TrailingWord.isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean endsWithWordAt(String s, int end) {
        for (String w : WORDS) {
            int st = end - w.length();
            if (st >= 0 && asciiIgnoreCaseEquals(s, st, w)) {
                return true;
            }
        }
        return false;
    }

    /** (?i) without UNICODE_CASE folds ASCII letters only. */
    private static boolean asciiIgnoreCaseEquals(String s, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = s.charAt(from + k);
            char l = lower.charAt(k);
            if (c != l && !(l >= 'a' && l <= 'z' && c == (char) (l - 32))) {
                return false;
            }
        }
        return true;
    }
}
