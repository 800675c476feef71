package org.recognitionetl.extract;

/**
 * {@link Character} tests with an ASCII fast path: the scanners call them for every character of every body,
 * and most characters are ASCII. Same answers as the {@link Character} methods for every char.
 */
final class Chars {
    private Chars() {
    }

    static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean isLetter(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return Character.isLetter(c);
    }

    static boolean isUpperCase(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z';
        }
        return Character.isUpperCase(c);
    }

    /**
     * {@code s.indexOf(needle, from)} if that is below {@code to}, else -1: the first occurrence starting in
     * [from, to) (it may run past {@code to}). The callers look for a word in a sentence or paragraph, and the
     * unbounded search went on through the rest of the body whenever the sentence had none, on every call.
     */
    static int indexOf(String s, String needle, int from, int to) {
        int n = needle.length();
        int last = Math.min(to - 1, s.length() - n); // last start that is in range and leaves room for the needle
        char first = needle.charAt(0);
        for (int k = Math.max(from, 0); k <= last; k++) {
            if (s.charAt(k) == first && s.startsWith(needle, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * {@code s.substring(from, to).isBlank()} without the copy: every character is whitespace (a surrogate, alone
     * or in a pair, never is, so testing chars answers as testing code points).
     */
    static boolean isBlank(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code s.lastIndexOf(needle, from)} if that is at or after {@code floor}, else -1: the last occurrence
     * starting in [floor, from]. The callers only care about occurrences after some offset, and the unbounded
     * search went on back to the body's start whenever there was none.
     */
    static int lastIndexOf(String s, String needle, int from, int floor) {
        int k = Math.min(from, s.length() - needle.length());
        char first = needle.charAt(0);
        for (int lo = Math.max(floor, 0); k >= lo; k--) {
            if (s.charAt(k) == first && s.startsWith(needle, k)) {
                return k;
            }
        }
        return -1;
    }
}
