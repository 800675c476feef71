package org.recognitionetl.extract;

/**
 * Who a quote is attributed to, as written: the source phrase ("Tokayev", "he", "officials") with its offset,
 * and the cue ("said", "according to"). A null phrase means the words inherit the current speaker.
 */
record Attribution(String phrase, int phraseStart, String cue) {
    static Attribution inherit() {
        return new Attribution(null, -1, "");
    }

    boolean inherits() {
        return phrase == null;
    }
}
