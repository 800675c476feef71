package org.recognitionetl.extract;

/**
 * The characters of the body being analysed, as an array. The scanners read every character of a body,
 * several times over (speech verbs in every sentence, quotation marks in every paragraph), and an array read
 * costs less than {@code String.charAt}, which checks the string's coding and bounds on every call. Each thread
 * keeps the array of the last text it was asked for, so a body is copied once however many scans it gets.
 */
final class BodyChars {
    private BodyChars() {
    }

    private static final class Last {
        String text;
        char[] chars;
    }

    private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

    /** {@code text.toCharArray()}, shared by the calls on the same string (which must not be modified). */
    static char[] of(String text) {
        Last last = LAST.get();
        if (last.text != text) { // identity: a string never changes, so the same object has the same characters
            last.chars = text.toCharArray();
            last.text = text;
        }
        return last.chars;
    }
}
