package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecognitionFinderTest {

    private static List<String> positions(String body) {
        return Articles.analyze(body).positions().stream()
                .map(p -> p.actor().name() + " " + p.stance() + " " + p.target().name()).toList();
    }

    @Test
    void recognises() {
        assertThat(positions("Nauru formally recognised Abkhazia in 2009.")).containsExactly("Nauru RECOGNIZES Abkhazia");
        assertThat(positions("Syria recognizes the Donetsk People's Republic."))
                .containsExactly("Syria RECOGNIZES Donetsk People's Republic");
    }

    @Test
    void negationAndRefusal() {
        assertThat(positions("Spain does not recognize Kosovo.")).containsExactly("Spain DOES_NOT_RECOGNIZE Kosovo");
        assertThat(positions("Serbia has refused to recognise Kosovo.")).containsExactly("Serbia DOES_NOT_RECOGNIZE Kosovo");
        assertThat(positions("Greece doesnt recognize Kosovo either.")).containsExactly("Greece DOES_NOT_RECOGNIZE Kosovo");
        assertThat(positions("The U.S. will never recognize the annexation of Crimea."))
                .containsExactly("United States DOES_NOT_RECOGNIZE Crimea");
    }

    @Test
    void withdrawalAndIntention() {
        assertThat(positions("Vanuatu withdrew its recognition of Western Sahara."))
                .containsExactly("Vanuatu WITHDRAWS_RECOGNITION Western Sahara");
        assertThat(positions("Belarus plans to recognize Abkhazia.")).containsExactly("Belarus INTENDS_TO_RECOGNIZE Abkhazia");
    }

    @Test
    void listsExpand() {
        assertThat(positions("Freedonia's leader said Kazakhstan does not recognize Taiwan, Kosovo, South Ossetia or "
                + "Abkhazia, and the same applies to Donetsk and Luhansk.")).hasSize(6)
                .allMatch(s -> s.startsWith("Kazakhstan DOES_NOT_RECOGNIZE"));
    }

    @Test
    void switchGivesWithdrawalAndRecognition() {
        assertThat(positions("Honduras switched recognition from Taipei to Beijing last year."))
                .containsExactlyInAnyOrder("Honduras WITHDRAWS_RECOGNITION Taiwan", "Honduras RECOGNIZES China");
    }

    @Test
    void aSwitchEndsWithItsClause() {
        assertThat(positions("Tonga switched recognition from Taipei to Beijing on Monday, ending its official ties with Taiwan."))
                .containsExactlyInAnyOrder("Tonga WITHDRAWS_RECOGNITION Taiwan", "Tonga RECOGNIZES China");
    }

    @Test
    void brokenTiesAndNewRelations() {
        assertThat(positions("Panama broke its ties to Taiwan and established diplomatic relations with China."))
                .containsExactlyInAnyOrder("Panama WITHDRAWS_RECOGNITION Taiwan", "Panama RECOGNIZES China");
    }

    @Test
    void demonymLeaderActsForTheState() {
        assertThat(positions("The Kazakh leader refused to recognise Abkhazia.")).containsExactly(
                "Kazakhstan DOES_NOT_RECOGNIZE Abkhazia");
    }

    @Test
    void weInALeadersQuoteIsTheLeadersState() {
        List<Position> p = Articles.analyze("Serbia President Ana Petrovic spoke in the morning.\n"
                + "\"We do not recognise Kosovo and we never will,\" Petrovic said.").positions();
        assertThat(p).hasSize(1);
        assertThat(p.get(0).actor().name()).isEqualTo("Serbia");
        assertThat(p.get(0).speaker().name()).isEqualTo("Ana Petrovic");
        assertThat(p.get(0).quoteIndex()).isZero();
    }

    @Test
    void passive() {
        assertThat(positions("Taiwan's sovereignty is not recognized by the United States."))
                .containsExactly("United States DOES_NOT_RECOGNIZE Taiwan");
    }

    @Test
    void considersPartOf() {
        assertThat(positions("The talks annoyed China, which considers Taiwan part of its territory."))
                .containsExactly("China DOES_NOT_RECOGNIZE Taiwan");
    }

    @Test
    void notPositions() {
        assertThat(positions("Germany recognises the problem of rising prices.")).isEmpty();
        assertThat(positions("Even Russian allies are wary to recognise them.")).isEmpty();
        assertThat(positions("Donetsk declared independence in 2014.")).isEmpty();
        assertThat(positions("Will Brazil recognize Kosovo?")).isEmpty();
        assertThat(positions("Guatemala recognized Jerusalem as the capital of Israel.")).isEmpty();
        assertThat(positions("Activists urged Norway to recognize Palestine.")).isEmpty();
        assertThat(positions("Chile recognizes the Syrian National Council as the voice of the people.")).isEmpty();
        assertThat(positions("Peru is considering giving Bolivia part of the harbour.")).isEmpty();
        assertThat(positions("The strikes hit groups in Syria recognized by the United Nations as terrorists.")).isEmpty();
    }

    @Test
    void hedgesGenericActorsAndGerundsWithoutSubject() {
        assertThat(positions("It is highly unlikely that Chile would recognize Abkhazia, but it would not rule it out.")).isEmpty();
        assertThat(positions("Any Somali government that refused to recognize Somaliland would fail.")).isEmpty();
        assertThat(positions("Pressure grew in Brazil for votes recognizing a Palestinian state.")).isEmpty();
        assertThat(positions("He spoke of abandoning our NATO allies, recognizing the annexation of Crimea.")).isEmpty();
        assertThat(positions("A future Palestinian state that recognizes the Jewish state of Israel was discussed.")).isEmpty();
    }

    @Test
    void annexationTargetsTheTerritory() {
        assertThat(positions("Canada will never recognize Russia's annexation of Crimea."))
                .containsExactly("Canada DOES_NOT_RECOGNIZE Crimea");
    }

    @Test
    void relativeClauseActorIsTheAntecedent() {
        assertThat(positions("The ships came from mainland China, which considers Taiwan part of its territory."))
                .containsExactly("China DOES_NOT_RECOGNIZE Taiwan");
    }

    @Test
    void switchBetweenTwoNamesOfOneEntityIsNoWithdrawal() {
        assertThat(positions("Chile switched its recognition from the PLO to the State of Palestine."))
                .containsExactly("Chile RECOGNIZES Palestine");
    }

    @Test
    void decisionToRecognise() {
        assertThat(positions("Chile welcomed the decision by the U.N. General Assembly in 2012 to recognize a Palestinian state."))
                .containsExactly("United Nations RECOGNIZES Palestine");
    }

    @Test
    void thirdPartyCommentGivesTheOtherPartysPosition() {
        assertThat(positions("The EU condemned Russia's recognition of Abkhazia."))
                .containsExactly("Russia RECOGNIZES Abkhazia");
    }

    @Test
    void repeatsCollapse() {
        assertThat(positions("Nauru recognised Abkhazia. Later Nauru recognized Abkhazia again.")).hasSize(1);
    }
}
