package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tokens before a verb, scanned back a word at a time, are those of a forward scan of the whole window,
 * whatever the window cuts (a word, a joiner, a final period) and however far the caller reads.
 */
class SourcePhrasesTokensTest {
    private static final List<String> TEXTS = List.of(
            "The U.S. envoy, Ana Weiss-Brandt (R-Texas), said on Monday that Kazakhstan’s well-known policy  holds.",
            "“No,” he said.  Officials in  Freedonia’s capital — the ‘old town’ — said it's 3.5 percent... of it",
            "Mr. O'Reilly ¿qué? said: a-b - c -- d 'e' f.g. h. i",
            "x",
            "   ",
            "Ünïcödé Namé and 𝐌𝐚𝐭𝐡 letters\u00a0with no-break\u00a0spaces said");

    @Test
    void everyWindowAnswersLikeAForwardScan() {
        for (String text : TEXTS) {
            for (int limit = 0; limit <= text.length(); limit++) {
                for (int end = limit; end <= text.length(); end++) {
                    List<int[]> expected = SourcePhrases.tokensBackwards(text, limit, end);
                    SourcePhrases.BackwardTokens lazy = new SourcePhrases.BackwardTokens(text, limit, end);
                    List<int[]> got = new ArrayList<>();
                    for (int k = 0; lazy.has(k); k++) {
                        got.add(lazy.get(k));
                    }
                    assertThat(got).as("%s [%d, %d)", text, limit, end).usingRecursiveFieldByFieldElementComparator()
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aLongWindowIsCutAt160Characters() {
        String text = "word ".repeat(60) + "said";
        int end = text.length() - 5;
        List<int[]> expected = SourcePhrases.tokensBackwards(text, 0, end);
        SourcePhrases.BackwardTokens lazy = new SourcePhrases.BackwardTokens(text, 0, end);
        int n = 0;
        while (lazy.has(n)) {
            assertThat(lazy.get(n)).containsExactly(expected.get(n));
            n++;
        }
        assertThat(n).isEqualTo(expected.size());
    }
}
