package org.recognitionetl.extract;

import java.util.Collection;
import java.util.Locale;

/**
 * A fixed set of words that can be probed with a slice of a text, so that scanning a body word by word does
 * not allocate a substring (and a lower-cased copy) for every word just to find that most are not in the set.
 * Slices of a {@code char[]} copy of the text are probed the same way: the scanners that walk every character
 * of a body read the array, which costs less per character than {@code String.charAt}.
 */
final class WordTable {
    private final String[] slots;
    /** The hash of the word in each slot: a probe compares it before touching the word itself. */
    private final int[] hashes;
    private final int mask;
    /** Bit n set when some word has length n (63 stands for 63 and longer): most probes end on this test. */
    private final long lengths;
    /**
     * For each ASCII first character, the length bits of the words that start with it: together with the
     * length this rejects almost every word of a body ("the", "said") before any hashing.
     */
    private final long[] lengthsByFirst = new long[128];
    /** Some word starts with a non-ASCII character (those words are not in {@link #lengthsByFirst}). */
    private final boolean nonAsciiFirst;

    WordTable(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        slots = new String[size];
        hashes = new int[size];
        mask = size - 1;
        long lens = 0;
        boolean nonAscii = false;
        for (String w : words) {
            lens |= lengthBit(w.length());
            if (!w.isEmpty() && w.charAt(0) < 128) {
                lengthsByFirst[w.charAt(0)] |= lengthBit(w.length());
            } else if (!w.isEmpty()) {
                nonAscii = true;
            }
            int h = w.hashCode();
            int i = spread(h) & mask;
            while (slots[i] != null && !slots[i].equals(w)) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
            hashes[i] = h;
        }
        lengths = lens;
        nonAsciiFirst = nonAscii;
    }

    private static long lengthBit(int len) {
        return 1L << Math.min(len, 63);
    }

    private boolean noWordOfLength(int len) {
        return (lengths & lengthBit(len)) == 0;
    }

    /** True when no word of this length starts with {@code first} (exactly, as the word stores it). */
    private boolean noWordStarting(char first, int len) {
        if (first < 128) {
            return (lengthsByFirst[first] & lengthBit(len)) == 0;
        }
        return !nonAsciiFirst;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** True if text[from, to) is one of the words. */
    boolean contains(String text, int from, int to) {
        int len = to - from;
        if (len <= 0 ? noWordOfLength(len) : noWordStarting(text.charAt(from), len)) {
            return false;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text.charAt(k);
        }
        for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
            String s = slots[i];
            if (hashes[i] == h && s.length() == len && text.regionMatches(from, s, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /** True if text[from, to) is one of the words. */
    boolean contains(char[] text, int from, int to) {
        int len = to - from;
        if (len <= 0 ? noWordOfLength(len) : noWordStarting(text[from], len)) {
            return false;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + text[k];
        }
        for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
            String s = slots[i];
            if (hashes[i] == h && s.length() == len && equals(text, from, s)) {
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
        int len = to - from;
        // lower-casing keeps the length (of every letter but the dotted capital İ), and an ASCII first letter
        // lower-cases to its ASCII fold
        if (noWordOfLength(len) || (len > 0 && text.charAt(from) < 128 && noWordStarting(lowerAscii(text.charAt(from)), len))) {
            return false;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return containsWord(text.substring(from, to).toLowerCase(Locale.ROOT));
            }
            h = 31 * h + lowerAscii(c);
        }
        return probeLowerAscii(h, len, text, null, from);
    }

    /** {@link #containsLowerCased(String, int, int)} on a slice of a {@code char[]}. */
    boolean containsLowerCased(char[] text, int from, int to) {
        int len = to - from;
        if (noWordOfLength(len) || (len > 0 && text[from] < 128 && noWordStarting(lowerAscii(text[from]), len))) {
            return false;
        }
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c >= 128) {
                return containsWord(new String(text, from, len).toLowerCase(Locale.ROOT));
            }
            h = 31 * h + lowerAscii(c);
        }
        return probeLowerAscii(h, len, null, text, from);
    }

    private boolean probeLowerAscii(int h, int len, String text, char[] chars, int from) {
        for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
            String s = slots[i];
            if (hashes[i] == h && s.length() == len
                    && (text != null ? equalsLowerAscii(text, from, s) : equalsLowerAscii(chars, from, s))) {
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

    private static boolean equals(char[] text, int from, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (text[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsLowerAscii(String text, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (lowerAscii(text.charAt(from + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsLowerAscii(char[] text, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (lowerAscii(text[from + k]) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
