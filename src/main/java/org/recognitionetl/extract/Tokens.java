package org.recognitionetl.extract;

/**
 * Hand-written scanner for the word tokens {@code [\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\.?} that several
 * classes matched with a regex: the same tokens, found without the regex engine's per-character overhead,
 * which showed up in profiles as the cost of tokenising every sentence. The {@code wide} variants also count
 * U+00A1..U+00BF as word characters, as {@link SourcePhrases}' word pattern does.
 */
final class Tokens {
    private Tokens() {
    }

    private static boolean isWordChar(int cp, boolean wide) {
        return isWordChar(cp) || (wide && cp >= 0xA1 && cp <= 0xBF);
    }

    /** True for what {@code [\p{L}\p{N}]} matches: any letter or any number (digits, numerals, fractions). */
    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** {@link #isWordChar} for a char below 128, without decoding a code point. */
    static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == '-';
    }

    /** Offset of the first word character in text[from, to), or -1. */
    static int nextStart(String text, int from, int to) {
        return nextStart(text, from, to, false);
    }

    static int nextStart(String text, int from, int to, boolean wide) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c < 128) { // most characters: the code point is the char itself, no surrogate to decode
                if (isAsciiWordChar(c)) {
                    return i;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (i + len <= to && isWordChar(cp, wide)) {
                return i;
            }
            i += len;
        }
        return -1;
    }

    /** End of the token that starts at {@code start} (a word character), not reaching past {@code to}. */
    static int end(String text, int start, int to) {
        return end(text, start, to, false);
    }

    static int end(String text, int start, int to, boolean wide) {
        int i = letters(text, start, to, wide);
        while (i + 1 < to && isJoiner(text.charAt(i))) {
            int j = letters(text, i + 1, to, wide);
            if (j == i + 1) {
                break; // a joiner must be followed by a word character
            }
            i = j;
        }
        if (i < to && text.charAt(i) == '.') {
            i++;
        }
        return i;
    }

    /** End of the run of word characters from {@code i}. */
    private static int letters(String text, int i, int to, boolean wide) {
        while (i < to) {
            char c = text.charAt(i);
            if (c < 128) {
                if (!isAsciiWordChar(c)) {
                    break;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (i + len > to || !isWordChar(cp, wide)) {
                break;
            }
            i += len;
        }
        return i;
    }
}
