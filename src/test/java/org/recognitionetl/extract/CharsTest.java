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

    @Test
    void blankSliceAnswersAsTheSubstring() {
        String text = "a \t\u2003b\u00a0 \ud83d\ude00\n  \u2028c";
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                assertThat(Chars.isBlank(text, from, to)).as("%d %d", from, to)
                        .isEqualTo(text.substring(from, to).isBlank());
            }
        }
    }

    @Test
    void boundedLastIndexOfMatchesUnboundedSearchAboveTheFloor() {
        String text = "One. Two? “Three.” Four. five! ";
        for (String needle : new String[] {". ", ".” ", "? ", "! ", "absent", "One"}) {
            for (int from = -2; from <= text.length() + 1; from++) {
                for (int floor = -2; floor <= text.length() + 1; floor++) {
                    int k = text.lastIndexOf(needle, from);
                    int expected = k >= floor ? k : -1;
                    assertThat(Chars.lastIndexOf(text, needle, from, floor)).as("%s %d %d", needle, from, floor)
                            .isEqualTo(expected);
                }
            }
        }
    }
}
