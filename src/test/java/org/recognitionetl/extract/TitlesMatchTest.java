package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link Titles#match} answers as the longest title whose words the lower-cased tokens spell, whatever its filters. */
class TitlesMatchTest {
    private final Titles titles = Titles.withDefaults();
    private final List<String[]> all = new ArrayList<>();

    TitlesMatchTest() {
        for (String line : Resources.lines("extract/titles.txt", null)) {
            all.add(line.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        }
    }

    private int longestTitleAt(List<String> tokens, int i) {
        int best = 0;
        for (String[] t : all) {
            if (i + t.length > tokens.size() || t.length <= best) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < t.length && ok; k++) {
                ok = tokens.get(i + k).toLowerCase(Locale.ROOT).equals(t[k]);
            }
            if (ok) {
                best = t.length;
            }
        }
        return best;
    }

    @Test
    void matchesTheLongestTitleAtEveryToken() {
        List<String> tokens = Arrays.asList("The", "Secretary", "of", "State", "SECRETARY", "OF", "state", "Sen.",
                "sen", "Sen’s", "Vice-President", "Vice", "President", "of", "the", "Deputy", "Prime", "Minister",
                "Prime", "Minister's", "Émigré", "\u212aing", "\u0130", "rep.", "Rep", "State", "", "Secretary-General",
                "King");
        for (int i = 0; i <= tokens.size(); i++) {
            assertThat(titles.match(tokens, i)).as("at %d", i).isEqualTo(longestTitleAt(tokens, i));
        }
        assertThat(titles.match(List.of("Secretary", "of", "State"), 0)).isEqualTo(3);
        assertThat(titles.match(List.of("state"), 0)).isZero();
    }
}
