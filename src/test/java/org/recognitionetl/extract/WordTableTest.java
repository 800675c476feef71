package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The slice probes answer as a set look-up of the substring would, on strings and on char arrays alike. */
class WordTableTest {
    private final WordTable table = new WordTable(List.of("mayor", "sen.", "émigré", "said"));

    @Test
    void exactProbesOnStringsAndArrays() {
        String text = "the mayor said so";
        char[] cs = text.toCharArray();
        assertThat(table.contains(text, 4, 9)).isTrue();
        assertThat(table.contains(cs, 4, 9)).isTrue();
        assertThat(table.contains(cs, 10, 14)).isTrue();
        // same first letter and length as a word, other letters: the first-letter filter lets it through
        assertThat(table.contains("mayer", 0, 5)).isFalse();
        assertThat(table.contains(cs, 0, 3)).isFalse();
        assertThat(table.contains("Mayor", 0, 5)).isFalse();
    }

    @Test
    void lowerCasedProbesFoldCapitalsAndNonAsciiSlices() {
        String text = "Sen. MAYOR Émigré";
        char[] cs = text.toCharArray();
        assertThat(table.containsLowerCased(text, 0, 4)).isTrue();
        assertThat(table.containsLowerCased(cs, 0, 4)).isTrue();
        assertThat(table.containsLowerCased(cs, 5, 10)).isTrue();
        assertThat(table.containsLowerCased(text, 11, 17)).isTrue();
        assertThat(table.containsLowerCased(cs, 11, 17)).isTrue();
        assertThat(table.containsLowerCased(cs, 5, 9)).isFalse();
    }

    @Test
    void everySliceAnswersAsTheSetLookUpOfItsSubstring() {
        // words sharing first letters and lengths with others, so the filters before the hash probe decide often
        Set<String> words = Set.of("sen.", "said", "says", "so", "o'neill", "vice-president", "émigré", "ex",
                "x", "ša", "st.", "the", "k", "i\u0307x");
        WordTable t = new WordTable(words);
        String text = "Said SEN. sa so So O'Neill o’neill Vice-President vice-presidents ÉMIGRÉ émigré Ex x X "
                + "ŠA Ša St. sT. The THE tHe \u212a \u0130x Şa a- -a ab";
        char[] cs = text.toCharArray();
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= Math.min(text.length(), from + 18); to++) {
                String slice = text.substring(from, to);
                assertThat(t.contains(text, from, to)).as("%s", slice).isEqualTo(words.contains(slice));
                assertThat(t.contains(cs, from, to)).as("%s", slice).isEqualTo(words.contains(slice));
                boolean lowered = words.contains(slice.toLowerCase(Locale.ROOT));
                if (slice.indexOf('\u0130') < 0) { // the dotted capital lower-cases to two characters
                    assertThat(t.containsLowerCased(text, from, to)).as("%s", slice).isEqualTo(lowered);
                    assertThat(t.containsLowerCased(cs, from, to)).as("%s", slice).isEqualTo(lowered);
                }
            }
        }
    }
}
