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
}
