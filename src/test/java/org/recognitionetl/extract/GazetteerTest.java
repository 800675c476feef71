package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.load();

    private List<String> names(String text) {
        return gazetteer.find(text, 0, text.length()).stream().map(m -> m.entity().name()).toList();
    }

    @Test
    void allMemberStatesAndObserversAreLoaded() {
        long states = Resources.lines("extract/gazetteer/states.tsv", "canonical_name").size();
        assertThat(states).isEqualTo(195);
    }

    @Test
    void aliasesDemonymsAndMetonyms() {
        assertThat(names("the U.S. and the Kremlin")).containsExactly("United States", "Russia");
        assertThat(names("a Kazakh diplomat")).containsExactly("Kazakhstan");
        assertThat(names("the DPR and Lugansk")).containsExactly("Donetsk People's Republic", "Luhansk People's Republic");
        assertThat(names("Russia's envoy")).containsExactly("Russia");
        assertThat(gazetteer.byName("Palestine").kind()).isEqualTo(EntityKind.TERRITORY);
    }

    @Test
    void disputedEntitiesHaveAliasesAndDemonyms() {
        assertThat(names("the Republic of China and the Sahrawi Arab Democratic Republic"))
                .containsExactly("Taiwan", "Western Sahara");
        assertThat(gazetteer.find("Taiwanese officials", 0, 19)).singleElement()
                .satisfies(m -> assertThat(m.form()).isEqualTo(Gazetteer.Form.DEMONYM))
                .satisfies(m -> assertThat(m.entity().name()).isEqualTo("Taiwan"));
        assertThat(names("a Turkish Cypriot envoy and a Greek Cypriot one")).containsExactly("Northern Cyprus", "Cyprus");
    }

    @Test
    void lowerCaseHomographsDoNotMatch() {
        assertThat(names("let us chad the turkey")).isEmpty();
    }

    /** mentionAtStart answers what the parser read from find: its first mention, when that starts the text. */
    @Test
    void mentionAtStartIsFindsFirstMentionAtOffsetZero() {
        for (String text : List.of("Kazakhstan's Foreign Ministry", "U.S. President Joe Biden", "United States of America",
                "the Republic of Freedonia", "mainland China", "Russian President Vladimir Putin", "Putin", "",
                "Kremlin spokesman", "(R-Texas) Ted Cruz", "Democratic People's Republic of Korea leader",
                "Guinea-Bissau's president", "United Nations Security Council", "US  officials", "UK.", "Kosovo'")) {
            List<Gazetteer.Mention> all = gazetteer.find(text, 0, text.length());
            Gazetteer.Mention expected = !all.isEmpty() && all.get(0).start() == 0 ? all.get(0) : null;
            assertThat(gazetteer.mentionAtStart(text)).as(text).isEqualTo(expected);
        }
    }
}
