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

    @Test
    void stanceWordingMapsToTheFourStances() {
        assertThat(positions("Lesotho won't recognize Lugansk.")).containsExactly("Lesotho DOES_NOT_RECOGNIZE Luhansk People's Republic");
        assertThat(positions("Malta declined to recognise the DPR.")).containsExactly("Malta DOES_NOT_RECOGNIZE Donetsk People's Republic");
        assertThat(positions("Cyprus rejects recognition of Kosovo.")).containsExactly("Cyprus DOES_NOT_RECOGNIZE Kosovo");
        assertThat(positions("Liberia has withdrawn recognition of the Sahrawi Arab Democratic Republic."))
                .containsExactly("Liberia WITHDRAWS_RECOGNITION Western Sahara");
        assertThat(positions("Suriname derecognised Kosovo last spring.")).containsExactly("Suriname WITHDRAWS_RECOGNITION Kosovo");
        assertThat(positions("Fiji will recognise South Ossetia.")).containsExactly("Fiji INTENDS_TO_RECOGNIZE South Ossetia");
        assertThat(positions("Bolivia is considering recognition of Abkhazia.")).containsExactly("Bolivia INTENDS_TO_RECOGNIZE Abkhazia");
        assertThat(positions("Malawi announced that it would recognize the Republic of China."))
                .containsExactly("Malawi INTENDS_TO_RECOGNIZE Taiwan");
    }

    @Test
    void threatsToWithdrawAreNoStance() {
        assertThat(positions("The PLO said it might consider revoking its recognition of Israel.")).isEmpty();
        assertThat(positions("Paraguay threatened to withdraw its recognition of Taiwan.")).isEmpty();
    }

    @Test
    void coordinatedActorsExpand() {
        assertThat(positions("Romania, Slovakia and Cyprus do not recognise Kosovo.")).containsExactly(
                "Romania DOES_NOT_RECOGNIZE Kosovo", "Slovakia DOES_NOT_RECOGNIZE Kosovo", "Cyprus DOES_NOT_RECOGNIZE Kosovo");
        assertThat(positions("Neither Spain nor Greece recognises Kosovo.")).containsExactly(
                "Spain DOES_NOT_RECOGNIZE Kosovo", "Greece DOES_NOT_RECOGNIZE Kosovo");
        assertThat(positions("In Moscow, Venezuela recognised Abkhazia.")).containsExactly("Venezuela RECOGNIZES Abkhazia");
    }

    @Test
    void passiveAgentsExpand() {
        assertThat(positions("Abkhazia is recognised only by Russia, Nauru and Syria.")).containsExactly(
                "Russia RECOGNIZES Abkhazia", "Nauru RECOGNIZES Abkhazia", "Syria RECOGNIZES Abkhazia");
        assertThat(positions("Kosovo is recognised by Japan and most EU members.")).containsExactly("Japan RECOGNIZES Kosovo");
        assertThat(positions("Taiwan is recognised by 13 countries.")).isEmpty();
    }

    @Test
    void firstToRecogniseIsARecognition() {
        assertThat(positions("Malta became the first EU country to recognise Somaliland.")).containsExactly("Malta RECOGNIZES Somaliland");
        assertThat(positions("Sweden became the first EU member to recognise Palestine.")).containsExactly("Sweden RECOGNIZES Palestine");
    }

    @Test
    void switchInEitherOrder() {
        assertThat(positions("Kiribati switched diplomatic recognition to Beijing from Taipei."))
                .containsExactlyInAnyOrder("Kiribati RECOGNIZES China", "Kiribati WITHDRAWS_RECOGNITION Taiwan");
        assertThat(positions("The Solomon Islands switched its allegiance from Taiwan to China."))
                .containsExactlyInAnyOrder("Solomon Islands WITHDRAWS_RECOGNITION Taiwan", "Solomon Islands RECOGNIZES China");
    }

    @Test
    void tiesCutWithAMemberStateAreNoWithdrawal() {
        assertThat(positions("Chad cut off diplomatic relations with Qatar in 2017.")).isEmpty();
        assertThat(positions("The United States broke off relations with Iran in 1980.")).isEmpty();
        assertThat(positions("Panama broke ties with Taiwan in 2017.")).containsExactly("Panama WITHDRAWS_RECOGNITION Taiwan");
    }

    @Test
    void demandsAndCausativesOnOthersAreNoPositions() {
        assertThat(positions("The accord does not force Iran to recognize Israel.")).isEmpty();
        assertThat(positions("Nor does the text require Iran to even recognize Israel.")).isEmpty();
        assertThat(positions("The EU called on Serbia to recognise Kosovo.")).isEmpty();
        assertThat(positions("Ministers demanded that Serbia recognise Kosovo.")).isEmpty();
        assertThat(positions("Palestinians want Israel to recognise a Palestinian state.")).isEmpty();
    }

    @Test
    void aCommentersVerbDoesNotSetTheOtherPartysStance() {
        assertThat(positions("Georgia rejected Russia's decision to recognise Abkhazia."))
                .containsExactly("Russia RECOGNIZES Abkhazia");
        assertThat(positions("Kyiv condemned Russia for recognising the DPR and LPR.")).containsExactly(
                "Russia RECOGNIZES Donetsk People's Republic", "Russia RECOGNIZES Luhansk People's Republic");
    }

    @Test
    void capitalsAndDemonymsStandForTheirStates() {
        assertThat(positions("Moscow recognised Donetsk and Luhansk on Monday.")).containsExactly(
                "Russia RECOGNIZES Donetsk People's Republic", "Russia RECOGNIZES Luhansk People's Republic");
        assertThat(positions("Beijing does not recognise the ROC.")).containsExactly("China DOES_NOT_RECOGNIZE Taiwan");
        assertThat(positions("The Kazakh foreign ministry said it does not recognise the LPR."))
                .containsExactly("Kazakhstan DOES_NOT_RECOGNIZE Luhansk People's Republic");
    }

    @Test
    void aLeaderLinkedToHisStateActsForIt() {
        assertThat(positions("Kazakhstan President Kassym-Jomart Tokayev spoke in the morning.\n"
                + "Later President Tokayev said he does not recognise Lugansk."))
                .containsExactly("Kazakhstan DOES_NOT_RECOGNIZE Luhansk People's Republic");
        assertThat(positions("Nauruan President Baron Waqa arrived on Sunday.\nWaqa recognised Abkhazia a day later."))
                .containsExactly("Nauru RECOGNIZES Abkhazia");
        // without the article's link the name alone is no actor
        assertThat(positions("Waqa recognised Abkhazia a day later.")).isEmpty();
    }

    @Test
    void weInAQuoteIsTheStateOfTheAttribution() {
        assertThat(positions("The Canadian Embassy in Ukraine wrote: \"We will never recognise the annexation of Crimea.\""))
                .containsExactly("Canada DOES_NOT_RECOGNIZE Crimea");
        assertThat(positions("\"We do not recognise Abkhazia,\" Kazakhstan's Foreign Ministry said in a statement."))
                .containsExactly("Kazakhstan DOES_NOT_RECOGNIZE Abkhazia");
        assertThat(positions("\"We will never recognise Kosovo,\" said Serbian opposition leader Ivan Markovic.")).isEmpty();
        assertThat(positions("Former President Jim Carver said: \"We should recognise Palestine now.\"")).isEmpty();
    }

    @Test
    void relativeClauseObjectIsTheTarget() {
        assertThat(positions("Kosovo, which Spain does not recognise, sent a team.")).containsExactly("Spain DOES_NOT_RECOGNIZE Kosovo");
        assertThat(positions("Taiwan, which Beijing considers part of its territory, voted on Saturday."))
                .containsExactly("China DOES_NOT_RECOGNIZE Taiwan");
        assertThat(positions("Beijing regards self-ruled Taiwan as a renegade province.")).containsExactly("China DOES_NOT_RECOGNIZE Taiwan");
    }

    @Test
    void rightToExistOnlyAndHypotheticalsGiveNone() {
        assertThat(positions("Jordan recognised Israel's right to exist long ago.")).containsExactly("Jordan RECOGNIZES Israel");
        assertThat(positions("Poland recognizes Ukraine's right to defend itself.")).isEmpty();
        assertThat(positions("Oman would recognise Israel if a Palestinian state were founded.")).isEmpty();
        assertThat(positions("Oman will not recognise Israel until a Palestinian state is founded."))
                .containsExactly("Oman DOES_NOT_RECOGNIZE Israel");
    }

    @Test
    void theIslandIsTheTerritoryTheArticleIsAbout() {
        assertThat(positions("Taiwan held an election on Saturday.\nBeijing considers the island (a democracy of 23 million) "
                + "part of its territory.")).containsExactly("China DOES_NOT_RECOGNIZE Taiwan");
        assertThat(positions("Voters went to the polls.\nBeijing considers the island part of its territory.")).isEmpty();
    }

    @Test
    void theSayerOfAnInsertedAttributionIsNoActor() {
        assertThat(positions("Russian President Vladimir Putin met aides.\nThe US, Putin said, will never recognise Crimea."))
                .containsExactly("United States DOES_NOT_RECOGNIZE Crimea");
    }
}
