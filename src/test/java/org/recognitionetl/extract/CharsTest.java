package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounded search answers as the unbounded one checked against the end of the range. */
class CharsTest {
    @Test
    void boundedIndexOfMatchesUnboundedSearchBelowTheEnd() {
        String text = "one; two, though three; four (@x) put it";
        for (String needle : new String[] {"; ", ", though ", "(@", " put it", "absent"}) {
            for (int from = -1; from <= text.length() + 1; from++) {
                for (int to = from; to <= text.length() + 2; to++) {
                    int k = text.indexOf(needle, from);
                    int expected = k >= 0 && k < to ? k : -1;
                    assertThat(Chars.indexOf(text, needle, from, to)).as("%s %d %d", needle, from, to)
                            .isEqualTo(expected);
                }
            }
        }
    }
}
