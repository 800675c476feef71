package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** Hand-written checks on slices of a text answer as the substring-and-regex code they replaced. */
class SliceChecksTest {
    @Test
    void thatClauseStartIsTheRegexMatchEnd() {
        String[] texts = {" that the plan failed", ", in a letter, that it was over", " the board that hired him",
            " him on Monday that", " that", " thatcher said", " them, however, that  prices rose", " this and that, ",
            " one two three four five six seven eight nine that it", " “frankly” that we lost", ""};
        for (String t : texts) {
            for (int from = 0; from <= t.length(); from++) {
                for (int to = from; to <= t.length(); to++) {
                    Matcher m = QuoteFinder.THAT_AFTER.matcher(t).region(from, to);
                    int expected = m.lookingAt() ? m.end() : -1;
                    assertThat(QuoteFinder.thatClauseStart(t, from, to)).as("%s %d %d", t, from, to).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void possessiveEndingAnswersAsTheLowerCasedWord() {
        String[] words = {"Obama's", "OBAMA'S", "Obama’s", "Obama’S", "Obamas", "'s", "s", "", "İ's", "x'ſ", "Ana's'"};
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            String text = "(" + w + ")";
            assertThat(SourcePhrases.endsWithPossessive(text, 1, 1 + w.length())).as(w)
                    .isEqualTo(l.endsWith("'s") || l.endsWith("’s"));
        }
    }

    @Test
    void boundedWordCountIsTheCountUpToTheBound() {
        String text = "One, two—three 4.5 vier’s \ud835\udc00bc fünf  x-y \u2163 end.";
        for (int s = 0; s <= text.length(); s++) {
            for (int e = s; e <= text.length(); e++) {
                int all = QuoteFinder.words(text, s, e);
                for (int enough = 1; enough <= 12; enough++) {
                    assertThat(QuoteFinder.words(text, s, e, enough)).as("%d %d %d", s, e, enough)
                            .isEqualTo(Math.min(all, enough));
                }
            }
        }
    }
}
