package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
}
