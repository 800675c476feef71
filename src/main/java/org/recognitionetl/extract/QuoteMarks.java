package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pairs quotation marks inside one paragraph: straight and curly double quotes, guillemets, {@code ``…''} and
 * two-apostrophe marks, and single quotes (curly or straight) at top level. Only outer quotes are kept. A mark left open
 * at the end of the paragraph gives an "unclosed" span running to the paragraph end, because cleaning often
 * dropped the closing mark while the words still belong to the speaker.
 */
final class QuoteMarks {
    /** The words between a pair of marks: [start, end), and where the marks themselves are. */
    record Marked(int start, int end, int openAt, int closeEnd, boolean unclosed) {
    }

    List<Marked> find(String text, int pStart, int pEnd) {
        List<Marked> out = new ArrayList<>();
        int openAt = -1;
        int contentStart = -1;
        int i = pStart;
        NextMarks next = NEXT.get().of(text);
        while (i < pEnd) {
            i = next.from(i); // nearly every character is no mark: go straight to the next one
            if (i >= pEnd) {
                break;
            }
            char c = text.charAt(i);
            int len = 0;
            int type = 0; // 1 opener, 2 closer, 3 either
            if (c == '`' && i + 1 < pEnd && text.charAt(i + 1) == '`') {
                len = 2;
                type = 1;
            } else if (c == '\'' && i + 1 < pEnd && text.charAt(i + 1) == '\'') {
                len = 2;
                type = 3;
            } else if (c == '“' || c == '«' || c == '„') {
                len = 1;
                type = 1;
            } else if (c == '”' || c == '»') {
                len = 1;
                type = 2;
            } else if (c == '"') {
                len = 1;
                type = 3;
            }
            if (len == 0) {
                if (openAt < 0 && (c == '‘' || c == '\'') && opensHere(text, i, pStart, pEnd, 1)) {
                    int close = findSingleClose(text, i + 1, pEnd, c == '‘' ? '’' : '\'');
                    if (close > 0) {
                        out.add(new Marked(i + 1, close, i, close + 1, false));
                        i = close + 1;
                        continue;
                    }
                }
                i++;
                continue;
            }
            boolean opener = opensHere(text, i, pStart, pEnd, len);
            boolean closer = closesHere(text, i, pStart, pEnd, len);
            if (openAt < 0) {
                if (type != 2 || (opener && !closer)) {
                    openAt = i;
                    contentStart = i + len;
                }
            } else if (type == 1 && opener && !closer) {
                // a new opening mark while one is open: the earlier quote lost its closing mark
                out.add(new Marked(contentStart, i, openAt, i, true));
                openAt = i;
                contentStart = i + len;
            } else {
                out.add(new Marked(contentStart, i, openAt, i + len, false));
                openAt = -1;
            }
            i += len;
        }
        if (openAt >= 0) {
            out.add(new Marked(contentStart, pEnd, openAt, pEnd, true));
        }
        return out;
    }

    /** The characters any branch of {@link #find} acts on: quotation marks and apostrophes. */
    private static final char[] MARKS = {'"', '\'', '`', '“', '”', '‘', '«', '»', '„'};

    /**
     * Where each mark next occurs in the text last asked about. String.indexOf finds a character with vector
     * instructions, several times faster than a loop testing every character; keeping each mark's offset lets
     * the searches for the paragraphs of a body (asked in text order) go on where the last one stopped, instead
     * of running from each paragraph on to a mark that may be far past it. Each thread keeps its own.
     */
    static final class NextMarks {
        private String text;
        /** Offset at[k] is the first MARKS[k] at or after searchedFrom[k] (the text's length if none). */
        private final int[] searchedFrom = new int[MARKS.length];
        private final int[] at = new int[MARKS.length];

        NextMarks of(String t) {
            if (text != t) { // identity, as BodyChars: the same string object has the same characters
                text = t;
                Arrays.fill(searchedFrom, Integer.MAX_VALUE); // nothing known yet
            }
            return this;
        }

        /** The offset of the first mark at or after {@code i}, or the text's length if there is none. */
        int from(int i) {
            int first = text.length();
            for (int k = 0; k < MARKS.length; k++) {
                if (i < searchedFrom[k] || at[k] < i) {
                    int found = text.indexOf(MARKS[k], i);
                    at[k] = found < 0 ? text.length() : found;
                    searchedFrom[k] = i;
                }
                first = Math.min(first, at[k]);
            }
            return first;
        }
    }

    private static final ThreadLocal<NextMarks> NEXT = ThreadLocal.withInitial(NextMarks::new);

    private static boolean opensHere(String text, int i, int pStart, int pEnd, int len) {
        boolean before = i == pStart || " ([{—–-/\n".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + len < pEnd && !Character.isWhitespace(text.charAt(i + len));
        return before && after;
    }

    private static boolean closesHere(String text, int i, int pStart, int pEnd, int len) {
        boolean before = i > pStart && !Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + len >= pEnd || !Character.isLetterOrDigit(text.charAt(i + len));
        return before && after;
    }

    /**
     * A closing single mark is one not followed by a letter (so the apostrophes in "Kremlin’s" and "don't" are
     * skipped); straight single marks ('…', a British and wire-service style) pair the same way as curly ones.
     */
    private static int findSingleClose(String text, int from, int pEnd, char closer) {
        for (int j = from; j < pEnd; j++) {
            char c = text.charAt(j);
            if (c == closer && (j + 1 >= pEnd || !Character.isLetter(text.charAt(j + 1)))
                    && j > from && !Character.isWhitespace(text.charAt(j - 1))) {
                // "Jesus’ words": an s before it and a plain space after is ambiguous; accept only if punctuation or end follows
                if (text.charAt(j - 1) == 's' && j + 1 < pEnd && text.charAt(j + 1) == ' ') {
                    continue;
                }
                return j;
            }
            if (c == '“' || c == '"' || c == '”') {
                return -1;
            }
        }
        return -1;
    }
}
