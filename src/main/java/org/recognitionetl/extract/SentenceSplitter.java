package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a body into sentences: every paragraph ({@code \n}) ends one, and inside a paragraph a . ! or ?
 * (with any closing quote or bracket) followed by a space and a capital, digit or opening quote ends one,
 * unless the word before the period is a known abbreviation or an initial ("Dr.", "Sen.", "J.").
 * One linear pass, so long paragraphs cost no more than short ones.
 */
final class SentenceSplitter {
    /** The same words, probed with the slice before a period (no substring per period of every body). */
    private final WordTable abbreviationTable;

    SentenceSplitter(Set<String> abbreviations) {
        this.abbreviationTable = new WordTable(abbreviations);
    }

    static SentenceSplitter withDefaults() {
        return new SentenceSplitter(Words.fromResource("extract/abbreviations.txt"));
    }

    List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        // Only line breaks and . ! ? act; every other character is passed over. String.indexOf finds each of them
        // with vector instructions, several times faster than testing the characters one by one in a loop.
        int nextBreak = next(text, '\n', 0);
        int nextPeriod = next(text, '.', 0);
        int nextBang = next(text, '!', 0);
        int nextQuestion = next(text, '?', 0);
        int i = 0;
        while (true) {
            // the characters the rules skip after a mark (closers, spaces) are none of these, so walking from
            // one of them to the next visits the same characters as a loop over all of them would
            if (nextBreak < i) {
                nextBreak = next(text, '\n', i);
            }
            if (nextPeriod < i) {
                nextPeriod = next(text, '.', i);
            }
            if (nextBang < i) {
                nextBang = next(text, '!', i);
            }
            if (nextQuestion < i) {
                nextQuestion = next(text, '?', i);
            }
            i = Math.min(Math.min(nextBreak, nextPeriod), Math.min(nextBang, nextQuestion));
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = i + 1;
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isCloser(text.charAt(j))) {
                j++;
            }
            if (j < n && isSpace(text.charAt(j))) {
                int k = j;
                while (k < n && isSpace(text.charAt(k))) {
                    k++;
                }
                if (k < n && opensSentence(text.charAt(k)) && !(c == '.' && isAbbreviation(text, i))) {
                    add(out, text, start, j);
                    start = k;
                    i = k;
                    continue;
                }
            }
            i = j;
        }
        add(out, text, start, n);
        return out;
    }

    /** The offset of the next {@code c} at or after {@code from}, or the text's length if there is none. */
    private static int next(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    private static void add(List<Span> out, String text, int s, int e) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u00a0')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u00a0')) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }

    /** A plain or no-break space: cleaned text often joins sentences with the latter. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '«' || c == '`';
    }

    boolean isAbbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        if (b == dot) {
            return false;
        }
        if (dot - b == 1 && Character.isUpperCase(text.charAt(b))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (dottedInitials(text, b, dot)) {
            return true; // initials: "H.A. Weiss", "George H.W. Bush"
        }
        return abbreviationTable.containsLowerCased(text, b, dot);
    }

    /** Single capitals joined by periods ("H.A", "J.R.R"), the last period not counted. */
    private static boolean dottedInitials(String text, int from, int to) {
        int length = to - from;
        if (length < 3 || length % 2 == 0) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char c = text.charAt(from + k);
            if (k % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }
}
