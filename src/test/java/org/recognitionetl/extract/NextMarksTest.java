package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class NextMarksTest {
    /** The test the character loop of QuoteMarks.find made on every character before NextMarks. */
    private static boolean isMark(char c) {
        if (c < 128) {
            return c == '"' || c == '\'' || c == '`';
        }
        return c == '“' || c == '”' || c == '‘' || c == '«' || c == '»' || c == '„';
    }

    private static int nextByLoop(String text, int i) {
        while (i < text.length() && !isMark(text.charAt(i))) {
            i++;
        }
        return i;
    }

    @Test
    void findsTheNextMarkAsALoopOverEveryCharacterWould() {
        String alphabet = "ab \n.,’'\"`“”‘«»„–é";
        Random random = new Random(7);
        QuoteMarks.NextMarks next = new QuoteMarks.NextMarks();
        for (int round = 0; round < 5_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            next.of(text);
            // mostly forwards, as QuoteMarks asks about a body's paragraphs, but also backwards and repeated
            int i = 0;
            for (int ask = 0; ask < 12; ask++) {
                i = random.nextInt(4) == 0 ? random.nextInt(length + 1) : Math.min(length, i + random.nextInt(5));
                assertThat(next.from(i)).as("%s from %d", text, i).isEqualTo(nextByLoop(text, i));
            }
        }
    }

    @Test
    void forgetsTheOffsetsOfAnEarlierText() {
        QuoteMarks.NextMarks next = new QuoteMarks.NextMarks();
        assertThat(next.of("a \"b\"").from(0)).isEqualTo(2);
        assertThat(next.of(new String("ab cd \"e")).from(0)).isEqualTo(6);
        assertThat(next.of("no marks").from(3)).isEqualTo(8);
    }
}
