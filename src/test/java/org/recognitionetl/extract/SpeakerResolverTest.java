package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

    private static List<Quote> quotes(String body) {
        return Articles.analyze(body).quotes();
    }

    @Test
    void shortFormsResolveToTheFullestName() {
        List<Quote> q = quotes("Freedonia President Anna-Maria Weiss opened the summit.\n"
                + "\"We will not give up the valley,\" President Weiss said.\n"
                + "\"The valley feeds the whole country,\" Weiss added.");
        assertThat(q).hasSize(2);
        assertThat(q).extracting(x -> x.speaker().name()).containsOnly("Anna-Maria Weiss");
    }

    @Test
    void titleAndAffiliationComeFromTheArticle() {
        Quote q = quotes("Kazakhstan President Anna Weiss spoke first. \"We want calm borders,\" Weiss said.").get(0);
        assertThat(q.speaker().title()).isEqualTo("President");
        assertThat(q.speaker().affiliation()).isEqualTo(new Entity("Kazakhstan", EntityKind.STATE));
    }

    @Test
    void pronounPrefersTheCurrentSpeaker() {
        List<Quote> q = quotes("\"The roads are open again,\" said Anna Weiss.\n"
                + "Traffic on the coast road was light on Monday.\n"
                + "She said that the bridges would follow next month.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker().name()).isEqualTo("Anna Weiss");
    }

    @Test
    void pronounAfterANewSubjectIsThatSubject() {
        List<Quote> q = quotes("\"The roads are open again,\" said Anna Weiss.\n"
                + "Prime Minister Karl Brandt, who met Ada Lind last week, visited the coast.\n"
                + "\"The bridges will follow next month,\" he said.");
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker().name()).isEqualTo("Karl Brandt");
    }

    @Test
    void peopleNamedInsideTheQuoteAreNoAntecedents() {
        List<Quote> q = quotes("Mayor Anna Weiss issued a statement on Sunday.\n"
                + "\"Karl Brandt served this city for forty years,\" she wrote.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Anna Weiss");
    }

    @Test
    void pronounWithoutAntecedentTakesTheMainSpeaker() {
        List<Quote> q = quotes("Officials and Karl Brandt and Ada Lind met in the hall.\n"
                + "He explained that the hall would close for repairs in winter.\n"
                + "\"The roof leaks in three places,\" Anna Weiss said.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Anna Weiss");
    }

    @Test
    void roleNounResolvesToThePersonWithThatTitle() {
        List<Quote> q = quotes("Prime Minister Ola Berg arrived late.\n"
                + "\"The budget is balanced for the first time,\" the prime minister said.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Ola Berg");
    }

    @Test
    void anonymousSourcesHaveNoSpeaker() {
        List<Quote> q = quotes("\"The convoy left before dawn on Friday,\" officials said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void anonymousSourcesOpeningASentenceOrWithAModifierHaveNoSpeaker() {
        List<Quote> q = quotes("Officials said the harbour would reopen on Monday morning.\n"
                + "Senior Kremlin officials said the talks had been postponed until further notice.");
        assertThat(q).hasSize(2).allSatisfy(quote -> assertThat(quote.speaker()).isNull());
    }

    @Test
    void aBareCommonNounIsNoSpeaker() {
        List<Quote> q = quotes("The ministry said the two countries would sign the agreement next year.");
        assertThat(q).singleElement().satisfies(quote -> assertThat(quote.speaker()).isNull());
    }

    @Test
    void organisationsCanSpeak() {
        List<Quote> q = quotes("Freedonia's Foreign Ministry said that the embassy would stay open.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Freedonia's Foreign Ministry");
    }

    @Test
    void transcriptLabelsNameTheSpeaker() {
        List<Quote> q = quotes("Harbour master Eva Karlsson spoke to the radio host on Sunday.\n"
                + "\"HOST: Will the ferries run again before the summer season starts?\n"
                + "\"KARLSSON: The ferries will run again in May, once the new pier is finished.\"");
        assertThat(q).extracting(x -> x.speaker() == null ? null : x.speaker().name())
                .containsExactly("Host", "Eva Karlsson");
    }

    @Test
    void aNameInAppositionAfterARoleIsTheSpeaker() {
        List<Quote> q = quotes("Freedonia's president, Ana Weiss, said the northern border would stay open all winter.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Ana Weiss");
    }

    @Test
    void aDefiniteOrganisationNounRefersToTheOrganisationNamedBefore() {
        List<Quote> q = quotes("The Freedonian Fisheries Ministry said it was \"deeply troubled\" by the vote.\n"
                + "\"This decision harms every coastal village we have,\" the ministry said in a statement.");
        assertThat(q.get(q.size() - 1).speaker().name()).isEqualTo("Freedonian Fisheries Ministry");
    }

    @Test
    void pluralGroupsAreNoSpeakers() {
        List<Quote> q = quotes("Republicans argued that the new harbour tax would drive the fleets away.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void aStateSpeaksUnderTheNameTheArticleUses() {
        List<Quote> q = quotes("Beijing said the naval drills near the islands were routine and planned long ago.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Beijing");
        assertThat(q.get(0).speaker().affiliation().name()).isEqualTo("China");
    }

    @Test
    void noBreakSpacesSeparateTitleAndName() {
        List<Quote> q = quotes("Harbour\u00a0Gov.\u00a0Mara Lindgren opened the pier.\n"
                + "\"The pier is ready for the summer,\" Lindgren said.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Mara Lindgren");
    }

    @Test
    void aStatesSingleOfficeHolderIsThePersonServingIt() {
        List<Quote> q = quotes("Portuguese Foreign Minister Ivo Marsh met his counterpart on Monday.\n"
                + "\"Nobody will dictate terms to us in our own waters,\" Portugal’s top diplomat said.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Ivo Marsh");
    }

    @Test
    void anOrganisationInAppositionAfterAStateIsTheSpeaker() {
        List<Quote> q = quotes("A militia backed by Portugal, the Harbour Brigades Alliance, said the port would stay closed.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Harbour Brigades Alliance");
    }

    @Test
    void aNicknameTheArticleIntroducesIsThePerson() {
        List<Quote> q = quotes("Tomasz Wielgosz, the harbour chief widely known as TW, toured the docks.\n"
                + "\"The cranes are older than I am,\" TW said.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Tomasz Wielgosz");
    }

    @Test
    void aPersonInAnOpeningPhraseIsNotThePronounsAntecedent() {
        List<Quote> q = quotes("Standing beside Mayor Ola Berg, Governor Petra Lind praised the new dam.\n"
                + "\"This dam will protect the valley for a century,\" she said.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Petra Lind");
    }

    @Test
    void aPossessiveIsNotThePronounsAntecedent() {
        List<Quote> q = quotes("\"The valley needs the dam,\" said engineer Marta Kowal.\n"
                + "Governor Petra Lind's plan is a \"bold step\" for farmers, she added, but it needs more money.");
        assertThat(q.get(q.size() - 1).speaker().name()).isEqualTo("Marta Kowal");
    }

    @Test
    void eventsAndPlacesAreNoAntecedents() {
        List<Quote> q = quotes("Senator Ivo Marsh spoke on the eve of the vote.\n"
                + "Turnout on Election Day was low across the Harbour Museum district.\n"
                + "He said that the result would be known by Friday morning.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Ivo Marsh");
    }

    @Test
    void aRoleInAppositionGivesTitleAndAffiliation() {
        List<Quote> q = quotes("Ivo Marsh, Portugal's foreign minister, arrived in the capital on Monday.\n"
                + "\"We came to listen before we speak,\" Marsh said.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Ivo Marsh");
        assertThat(q.get(0).speaker().title()).isEqualTo("Foreign Minister");
        assertThat(q.get(0).speaker().affiliation()).isEqualTo(new Entity("Portugal", EntityKind.STATE));
    }

    @Test
    void theNameGoesOnAfterAnAbbreviationsPeriod() {
        List<Quote> q = quotes("\"The committee is wasting a whole week on this,\" said Del. Ines Okoro of the islands.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Ines Okoro");
    }

    @Test
    void aRolePhraseBetweenCommasStandsForTheNameBeforeIt() {
        List<Quote> q = quotes("Ivo Marsh, the foreign minister of Portugal, a founding member of the pact, said the talks"
                + " had failed.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Ivo Marsh");
    }

    @Test
    void objectOfACoordinatedVerbIsNotTheSpeaker() {
        List<Quote> q = quotes("At the forum on Friday, Karl Brandt praised Freedonia and said that the new harbour "
                + "would \"open the coast to everyone.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Karl Brandt");
    }

    @Test
    void partyTagStandsBesideThePerson() {
        List<Quote> q = quotes("\"We will fund the bridge this year,\" Finance Committee Chairman Ana Pelly, R-Ore., "
                + "said in a statement.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Ana Pelly");
    }

    @Test
    void homeStateAfterTheNameIsNotTheSource() {
        List<Quote> q = quotes("Sen. Ana Pelly (D) of Vermont said on Sunday that \"the tariffs will hurt farmers.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Ana Pelly");
    }

    @Test
    void stateAfterAPrepositionIsNotTheSpeaker() {
        List<Quote> q = quotes("The talks stalled again on Monday. Critics of Freedonia said that the new border "
                + "rules were \"written to keep traders out.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void objectBeforeAParticipleCueIsNotTheSpeaker() {
        List<Quote> q = quotes("Karl Brandt, the Freedonian trade envoy, praised farmers while visiting the Netherlands "
                + "last week, saying, \"Their harbours are a model for ours.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Karl Brandt");
    }

    @Test
    void aTitleCutOffFromItsNameIsNoPerson() {
        List<Quote> q = quotes("Karl Brandt spoke for an hour on Tuesday.\nGreeting his \"dear friend\" Freedonian "
                + "Prime Minister\nAna Weiss, the president praised the harbour.\n"
                + "\"We have built something that will last,\" he said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker() == null ? "" : q.get(0).speaker().name()).isNotEqualTo("Prime Minister");
    }

    @Test
    void homeTownAfterTheNameIsNotTheSource() {
        List<Quote> q = quotes("Marta Kellen, 64, of Dunmore, Pa., who came by bus, said that the parade was "
                + "\"the best day this town has had in years.\"\nOlaf Brink, of Riverton, said he came \"for the music.\"");
        assertThat(q).hasSize(2);
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Marta Kellen", "Olaf Brink");
    }

    @Test
    void placeAfterAPrepositionBeforeAParticipleCueIsNotTheSpeaker() {
        List<Quote> q = quotes("Ana Weiss spoke on Monday about the flood in Dunmore, Vermont, arguing that the dams "
                + "had been \"left to rot for twenty years.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Ana Weiss");
    }

    @Test
    void phraseEndingAnAppositiveClauseIsThePersonBeforeIt() {
        List<Quote> q = quotes("Lena Oakes, a former aide who travelled with the minister to Freedonia in 2015, said "
                + "that the visit \"changed how both capitals saw each other.\"\n"
                + "Rep. Ana Pelly (D-Ore.), chair of the River Caucus PAC, said that members \"will raise the money.\"");
        assertThat(q).hasSize(2);
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Lena Oakes", "Ana Pelly");
    }

    @Test
    void indefiniteOrganisationIsAnonymous() {
        List<Quote> q = quotes("Ana Weiss resigned on Friday, a Freedonian news agency said, calling the move "
                + "\"a surprise to the whole cabinet.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void honorificOfTheOtherSexBlocksASurnameMerge() {
        List<Quote> q = quotes("\"We are ready to open the shop,\" said Mrs. Anna Holt on Monday.\n"
                + "The family has run the bakery since 1990.\n"
                + "\"Not before the roof is fixed,\" Mr. Holt said.");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speaker().name()).isEqualTo("Anna Holt");
        assertThat(q.get(1).speaker().name()).isNotEqualTo("Anna Holt");
    }

    @Test
    void aNicknameStandsForANameWithAParticle() {
        List<Quote> q = quotes("Rashid bin Omar, the harbour prince informally known as RBO, toured the docks in May, "
                + "saying, \"The cranes will be replaced before winter comes.\"\n"
                + "And RBO himself said that the new quay would open next spring.");
        assertThat(q).hasSize(2);
        assertThat(q).extracting(x -> x.speaker().name()).containsOnly("Rashid bin Omar");
    }

    @Test
    void aDefiniteOrganisationNounOpeningTheSentenceRefersBackToo() {
        List<Quote> q = quotes("The Weiss administration has spent months on the harbour talks.\n"
                + "The fishermen are split over the plan.\n"
                + "The administration argues that the new quotas would protect the fleet for a decade.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Weiss administration"));
    }

    private static String speakerOf(List<Quote> q, String start) {
        for (Quote x : q) {
            if (x.text().startsWith(start)) {
                return x.speaker() == null ? null : x.speaker().name();
            }
        }
        throw new AssertionError("no quote starting " + start + " in " + q);
    }

    @Test
    void aParticiplesSourceIsTheSubjectOfItsSentence() {
        List<Quote> q = quotes("Mayor Ana Weiss opened the new ferry terminal on Monday.\n"
                + "Portugal shows no sign of backing down, instead suggesting that the harbour belongs to it.\n"
                + "The Brandt administration reacted sharply, blaming the port for the delays and suggesting that"
                + " the fees might rise again.");
        assertThat(speakerOf(q, "the harbour belongs")).isEqualTo("Portugal");
        assertThat(speakerOf(q, "the fees might")).isEqualTo("Brandt administration");
    }

    @Test
    void aPluralSubjectOfAParticipleOrSecondVerbIsNobodyInParticular() {
        List<Quote> q = quotes("Governor Ana Weiss praised the dam in a long speech.\n"
                + "Other mayors, unlike Weiss, stayed cautious, reminding reporters that the dam had cost twice the"
                + " estimate.\n"
                + "Some council members took a softer line and said that the dam would pay for itself in time.");
        assertThat(speakerOf(q, "the dam had cost")).isNull();
        assertThat(speakerOf(q, "the dam would pay")).isNull();
    }

    @Test
    void aParticipleRightAfterItsOwnSubjectKeepsThatSubject() {
        List<Quote> q = quotes("\"We spoke for an hour,\" the harbour board said.\n"
                + "They also discussed the fleet, with Mayor Karl Brandt reiterating that the old boats would be sold.");
        assertThat(speakerOf(q, "the old boats")).isEqualTo("Karl Brandt");
    }

    @Test
    void aSubjectAfterAnOpeningPhraseAndAPartyTagIsRead() {
        List<Quote> q = quotes("Governor Karl Brandt declined to comment on the video.\n"
                + "On Friday, after a long meeting, Attorney General Ana Weiss (D), Brandt's rival in the race, pushed hard"
                + " for its release, saying that the public had a right to see it.");
        assertThat(speakerOf(q, "the public had")).isEqualTo("Ana Weiss");
    }

    @Test
    void aRoleNounSubjectIsThePronounsAntecedent() {
        List<Quote> q = quotes("Governor Karl Brandt toured the flooded valley on Sunday.\n"
                + "Greeting his old friend Mayor Olaf Berg, the governor promised new funds for the dikes.\n"
                + "\"We will rebuild every farm that the river took,\" he said.");
        assertThat(speakerOf(q, "We will rebuild")).isEqualTo("Karl Brandt");
    }

    @Test
    void aRoleNounNamesOnlyItsOwnOffice() {
        List<Quote> q = quotes("President Ana Weiss spoke in the morning, and Vice President Karl Brandt and presidential"
                + " candidate Olaf Berg spoke at noon.\n"
                + "\"The harbour will stay open all winter,\" the president said.");
        assertThat(speakerOf(q, "The harbour will")).isEqualTo("Ana Weiss");
        assertThat(PersonIndex.holdsRole("Presidential Candidate", "president")).isFalse();
        assertThat(PersonIndex.holdsRole("Vice President", "president")).isFalse();
        assertThat(PersonIndex.holdsRole("Vice President", "vice president")).isTrue();
        assertThat(PersonIndex.holdsRole("Foreign Minister", "minister")).isTrue();
    }

    @Test
    void aPhraseEndingACrowdsLongerSubjectIsNoSpeaker() {
        List<Quote> q = quotes("Governor Karl Brandt visited the flooded valley on Sunday.\n"
                + "Aides travelling with the governor suggest that the dikes will be rebuilt by spring.\n"
                + "Later reports from the governor's office insist that no farm will be left behind.");
        assertThat(speakerOf(q, "the dikes will")).isNull();
    }

    @Test
    void aRelativeClauseSpeaksForThePersonItHangsOn() {
        List<Quote> q = quotes("That brought praise from candidate Karl Brandt who told the radio host Ola Berg, "
                + "\"This quay is the best thing that happened to the town.\"");
        assertThat(speakerOf(q, "This quay")).isEqualTo("Karl Brandt");
    }

    @Test
    void aPersonAndHerEntourageIsThePerson() {
        List<Quote> q = quotes("Harbour chief Ana Weiss and her advisers, though, continue to insist that the new quay"
                + " is the way to go.");
        assertThat(speakerOf(q, "the new quay")).isEqualTo("Ana Weiss");
    }

    @Test
    void marksOnTheirOwnAfterAPersonIsIntroducedAreThatPersonsWords() {
        List<Quote> q = quotes("\"The quay is finished,\" Mayor Karl Brandt said on Monday.\n"
                + "Former Harbour Board director Ana Weiss, a frequent critic of the mayor, went further and accused him of"
                + " wasting the town's money.\n"
                + "\u201cThis quay cost twice what we were promised. Nobody has explained why.\u201d");
        assertThat(speakerOf(q, "This quay cost")).isEqualTo("Ana Weiss");
    }

    @Test
    void marksOnTheirOwnAfterAnUnrelatedSentenceGoOnWithTheSpeaker() {
        List<Quote> q = quotes("\"The quay is finished,\" Mayor Karl Brandt said on Monday.\n"
                + "The work took three years.\n"
                + "\u201cEvery boat in the bay can use it now. We are proud of the crews.\u201d");
        assertThat(speakerOf(q, "Every boat")).isEqualTo("Karl Brandt");
    }

    /** lastWordOf is the replaceAll(".*\\s", "") it replaced, also across line terminators and odd spaces. */
    @Test
    void lastWordOfAnswersLikeTheRegex() {
        for (String s : List.of("", "minister", "the foreign minister", "a  b ", " x", "tab\there", "one\ntwo three",
                "a\u2028b c", "x\u000By", "a\r\nb", "no-break\u00a0space", "trailing\n")) {
            assertThat(SpeakerResolver.lastWordOf(s)).as(s).isEqualTo(s.replaceAll(".*\\s", ""));
        }
    }
}
