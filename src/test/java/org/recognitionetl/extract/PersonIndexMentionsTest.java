package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The mentions PersonIndex finds in texts with the cases its scans must agree on: surnames after a hyphen, a
 * bracket, a slash or a quotation mark, inside longer words, across no-break spaces, tabs and line breaks, after
 * non-ASCII capitals, and a byline. The expected lists are what the whole-body surname scan gave before it was
 * limited to the tokens in which the name scan saw a capital.
 */
class PersonIndexMentionsTest {
    private final Gazetteer gazetteer = Gazetteer.load();
    private final Titles titles = Titles.withDefaults();
    private final NameParser parser = new NameParser(gazetteer, titles);

    private String mentions(String text, int bylineEnd) {
        StringBuilder b = new StringBuilder();
        for (PersonIndex.Mention m : new PersonIndex(text, bylineEnd, parser, titles, gazetteer).mentions()) {
            b.append(m.start()).append('-').append(m.end()).append(' ').append(m.person().name())
                    .append(m.plural() ? " (plural)" : "").append('|');
        }
        return b.toString();
    }

    @Test
    void surnamesAfterPunctuationAndInsideWords() {
        String text = "By Karl Brandt\nAna Weiss spoke on Monday. Later Weiss said no. The al-Weiss clan, (Weiss) and "
                + "Trump/Weiss met McWeiss and Weissman. Weiss\u00a0left; “Weiss” too.\nWeiss-Brandt and Brandt agreed.";
        assertThat(mentions(text, 14)).isEqualTo("15-24 Ana Weiss|48-53 Ana Weiss|70-75 Ana Weiss|83-88 Ana Weiss|"
                + "94-105 Ana Weiss|132-137 Ana Weiss|145-150 Ana Weiss|");
    }

    @Test
    void nonAsciiCapitalsTabsAndHyphenatedRepeats() {
        String text = "Senator Łukasz Nowak met Nowak’s aide. ÉNowak and Nowak. Nowak\tNowak and NOWAK Nowak-Nowak.";
        assertThat(mentions(text, 0)).isEqualTo("8-20 Łukasz Nowak|25-30 Łukasz Nowak|50-55 Łukasz Nowak (plural)|"
                + "57-68 Łukasz Nowak (plural)|73-90 NOWAK Nowak-Nowak (plural)|");
    }
}
