package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The person index rejects a lone word that opens no title without parsing it: the parse of such a word never
 * gives a person the index keeps (a name of two words or more, or any name with a title).
 */
class LoneWordVerdictTest {
    private static final Titles TITLES = Titles.withDefaults();
    private static final NameParser PARSER = new NameParser(Gazetteer.load(), TITLES);

    @Test
    void aLoneWordWithoutTitleParsesToNoKeptPerson() {
        String[] words = {"Weiss", "Freedonia", "France", "Ministry", "NATO", "WATCHED", "Former", "The", "Kremlin",
            "Monday", "Officials", "Democrats", "de", "Al", "Iran", "Jr", "X", "Obamas", "Union", "Senate", "Pope",
            "President", "Senator", "Minister", "Gov", "Chairman", "Spokesman", "Dr", "Mr", "Mrs"};
        int checked = 0;
        for (String w : words) {
            assertThat(PersonIndex.isLoneWord(w)).isTrue();
            if (TITLES.match(List.of(w), 0) > 0) {
                continue; // a title: the index parses it as before
            }
            checked++;
            NameParser.Parsed p = PARSER.parse(w);
            boolean kept = !p.organisation() && p.hasName()
                    && (p.name().split(" ").length >= 2 || !p.title().isEmpty());
            assertThat(kept).as(w).isFalse();
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void onlyAsciiLetterRunsAreLoneWords() {
        assertThat(PersonIndex.isLoneWord("Weiss")).isTrue();
        assertThat(PersonIndex.isLoneWord("Kassym-Jomart")).isFalse();
        assertThat(PersonIndex.isLoneWord("Weiss's")).isFalse();
        assertThat(PersonIndex.isLoneWord("Erdoğan")).isFalse();
        assertThat(PersonIndex.isLoneWord("Ana Weiss")).isFalse();
        assertThat(PersonIndex.isLoneWord("Sen.")).isFalse();
        assertThat(PersonIndex.isLoneWord("")).isFalse();
    }
}
