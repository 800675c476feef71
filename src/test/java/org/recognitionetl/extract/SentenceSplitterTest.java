package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = SentenceSplitter.withDefaults();

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        String text = "Dr. Ada Lind met Sen. Karl J. Berg at 5 p.m. in St. Petersburg. They spoke.";
        assertThat(splitter.split(text)).extracting(s -> s.of(text))
                .containsExactly("Dr. Ada Lind met Sen. Karl J. Berg at 5 p.m. in St. Petersburg.", "They spoke.");
    }

    @Test
    void paragraphsAndClosingQuotes() {
        String text = "\"It rained.\" Then it stopped!\nA new day began.";
        assertThat(splitter.split(text)).extracting(s -> s.of(text))
                .containsExactly("\"It rained.\"", "Then it stopped!", "A new day began.");
    }

    @Test
    void dottedInitialsDoNotEndSentences() {
        String text = "The letter came from P.J. Varga and J.R.T. Moss last week. They signed it.";
        assertThat(splitter.split(text)).extracting(s -> s.of(text))
                .containsExactly("The letter came from P.J. Varga and J.R.T. Moss last week.", "They signed it.");
    }

    /**
     * The splitter walks from one line break or . ! ? to the next with String.indexOf; this is the loop over every
     * character it replaced, which must give the same sentences for any text.
     */
    private List<Span> splitCharByChar(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                addTrimmed(out, text, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < n && "\"”’')]»".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\u00a0')) {
                    int k = j;
                    while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0')) {
                        k++;
                    }
                    char o = k < n ? text.charAt(k) : 0;
                    boolean opens = k < n && (Character.isUpperCase(o) || Character.isDigit(o) || "\"“‘'(«`".indexOf(o) >= 0);
                    if (opens && !(c == '.' && splitter.isAbbreviation(text, i))) {
                        addTrimmed(out, text, start, j);
                        start = k;
                        i = k;
                        continue;
                    }
                }
                i = j;
                continue;
            }
            i++;
        }
        addTrimmed(out, text, start, n);
        return out;
    }

    private static void addTrimmed(List<Span> out, String text, int s, int e) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u00a0')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u00a0')) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }

    @Test
    void walkingFromMarkToMarkSplitsAsTheCharacterLoop() {
        // words, abbreviations, initials, and every character the rules look at, in random mixtures
        String[] pieces = {"Dr", "Sen", "J", "H.A", "p.m", "word", "The", "said", "St", "U.S", "9", ".", ".", "!",
            "?", "\n", " ", " ", "\u00a0", "\"", "”", "’", "'", ")", "]", "»", "“", "‘", "(", "«", "`", "é", "É"};
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int count = random.nextInt(30);
            for (int k = 0; k < count; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertThat(splitter.split(text)).as(text).isEqualTo(splitCharByChar(text));
        }
    }
}
