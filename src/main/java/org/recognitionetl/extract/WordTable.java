package org.recognitionetl.extract;

import java.util.Collection;
import java.util.Locale;

/**
 * A fixed set of words that can be probed with a slice of a text, so that scanning a body word by word does
 * not allocate a substring (and a lower-cased copy) for every word just to find that most are not in the set.
 */
final class WordTable {
    private final String[] slots;
    private final int mask;
    /** Bit n set when some word has length n (63 stands for 63 and longer): most probes end on this test. */
    private final long lengths;

    WordTable(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        slots = new String[size];
        mask = size - 1;
        long lens = 0;
        for (String w : words) {
            lens |= 1L << Math.min(w.length(), 63);
            int i = spread(w.hashCode()) & mask;
            while (slots[i] != null && !slots[i].equals(w)) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
        }
        lengths = lens;
    }

    private boolean noWordOfLength(int len) {
        return (lengths & (1L << Math.min(len, 63))) == 0;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** True if text[from, to) is one of the words. */
    boolean contains(String text, int from, int to) {
        if (noWordOfLength(to - from)) {
            return false;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        int len = to - from;
        for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
            String s = slots[i];
            if (s.length() == len && text.regionMatches(from, s, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if text[from, to) lower-cased with {@link Locale#ROOT} is one of the words (which must be lower
     * case). ASCII slices are folded in place; others take the plain route through {@code toLowerCase}.
     */
    boolean containsLowerCased(String text, int from, int to) {
        if (noWordOfLength(to - from)) {
            return false; // lower-casing keeps the length (of every letter but the dotted capital İ)
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return containsWord(text.substring(from, to).toLowerCase(Locale.ROOT));
            }
            h = 31 * h + lowerAscii(c);
        }
        int len = to - from;
        for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
            String s = slots[i];
            if (s.length() == len && equalsLowerAscii(text, from, s)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsWord(String w) {
        return contains(w, 0, w.length());
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean equalsLowerAscii(String text, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (lowerAscii(text.charAt(from + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
