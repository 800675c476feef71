package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
