package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The cheap test never says no where its regex would match: at every end offset of some made-up phrases, a match
 * of the regex in the region before that offset implies the test's yes (so skipping the regex on a no is exact).
 */
class TrailingWordTest {
    private static final String[] TEXTS = {
        "Aides travelling with the minister said", "exiles in  Babylon said", "critics of\tthe plan argued",
        "people close to the mayor said", "a source near the talks", "Ana Weiss, who told", "Ana Weiss who\n\nsaid",
        "Tom Berg is promising to", "she was quietly saying", "they’re really hoping", "Berg's leaving",
        "visiting the US", "opposed the plan", "within the law", "toward  the end", "towards them", "thing",
        "around here", "arounds ", "fromage ", "rin ", "who", " in", "in ", "  ", "", "a\u00a0of ", "of\u00a0",
        "Ana of\r\nOhio", "bring ", "Ted ", "the ", "lathe ", "reply ", "Holly "
    };

    @Test
    void noMeansTheRegexCannotMatch() {
        check(SpeakerResolver.WHO_BEFORE, 12, "who");
        check(SpeakerResolver.CROWD_BEFORE_PREPOSITION, 40, SpeakerResolver.CROWD_PREPOSITIONS);
        check(SpeakerResolver.AUXILIARY_BEFORE, 24, SpeakerResolver.AUXILIARIES);
        check(SpeakerResolver.VERB_BEFORE, 20, "ing", "ed", "the");
        check(SpeakerResolver.PREPOSITION_BEFORE, 12, SpeakerResolver.PREPOSITIONS);
    }

    @Test
    void yesNeedsTheWordRightBeforeTheSpaces() {
        assertThat(TrailingWord.endsWithWordAndSpace("critics of  ", 12, "of")).isTrue();
        assertThat(TrailingWord.endsWithWordAndSpace("critics of", 10, "of")).isFalse();
        assertThat(TrailingWord.endsWithWordAndSpace("critics of, ", 12, "of")).isFalse();
        assertThat(TrailingWord.endsWithWordAndSpace("critics of\u00a0", 11, "of")).isFalse();
        assertThat(TrailingWord.endsWithWordAndSpace("of ", 3, "of")).isTrue();
        assertThat(TrailingWord.endsWithWordAndSpace("f ", 2, "of")).isFalse();
    }

    private static void check(Pattern regex, int window, String... words) {
        int matches = 0;
        for (String t : TEXTS) {
            String text = t + " X";
            for (int end = 0; end <= text.length(); end++) {
                boolean found = regex.matcher(text).region(Math.max(0, end - window), end).find();
                if (found) {
                    matches++;
                    assertThat(TrailingWord.endsWithWordAndSpace(text, end, words)).as("%s | %d", text, end).isTrue();
                }
            }
        }
        assertThat(matches).as("the phrases exercise " + regex).isPositive();
    }
}
