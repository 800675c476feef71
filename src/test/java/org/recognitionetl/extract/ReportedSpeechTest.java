package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Reported speech without "that": adverbials, plain noun subjects, coordination, infinitive content. */
class ReportedSpeechTest {

    private static List<Quote> quotes(String body) {
        return Articles.analyze(body).quotes();
    }

    private static List<String> texts(String body) {
        return quotes(body).stream().map(Quote::text).toList();
    }

    @Test
    void clauseOpenedByAPlainNounPhrase() {
        assertThat(texts("Nora Blake said harbour workers would strike again in May."))
                .containsExactly("harbour workers would strike again in May.");
        assertThat(quotes("Nora Blake said harbour workers would strike again.").get(0).kind())
                .isEqualTo(QuoteKind.INDIRECT);
    }

    @Test
    void plainObjectIsNotAClause() {
        assertThat(texts("Nora Blake said goodbye to the harbour workers.")).isEmpty();
        assertThat(texts("Nora Blake announced the opening of a new ferry line on Monday.")).isEmpty();
        assertThat(texts("Nora Blake maintains a fund for young sailors in the north.")).isEmpty();
    }

    @Test
    void adverbialBetweenVerbAndClause() {
        assertThat(texts("Nora Blake said after the long meeting she would resign."))
                .containsExactly("she would resign.");
        assertThat(texts("Nora Blake said on Friday the ferry would keep running."))
                .containsExactly("the ferry would keep running.");
        assertThat(texts("Nora Blake said after she met the crew that nothing had changed."))
                .containsExactly("nothing had changed.");
    }

    @Test
    void adverbialBetweenSubjectAndVerb() {
        assertThat(quotes("Nora Blake on Tuesday said she would seek a second term.")).singleElement()
                .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Nora Blake"));
        assertThat(quotes("Nora Blake now says she regrets the vote.")).singleElement()
                .satisfies(q -> assertThat(q.text()).isEqualTo("she regrets the vote."));
        assertThat(quotes("Nora Blake flatly insisted she had never met him.")).hasSize(1);
    }

    @Test
    void hearerAfterTold() {
        assertThat(texts("Nora Blake told the crowd she would fight for the harbour."))
                .containsExactly("she would fight for the harbour.");
        assertThat(texts("Nora Blake told reporters on Thursday the vote was rigged."))
                .containsExactly("the vote was rigged.");
        assertThat(texts("Nora Blake told reporters in Lisbon on the condition of anonymity.")).isEmpty();
    }

    @Test
    void secondVerbOfACoordination() {
        assertThat(texts("Nora Blake toured the docks and said the cranes were too old to repair."))
                .containsExactly("the cranes were too old to repair.");
    }

    @Test
    void infinitiveContentOfUrgeVowAndCallFor() {
        assertThat(texts("Nora Blake urged the council to reopen the old ferry line."))
                .containsExactly("the council to reopen the old ferry line.");
        assertThat(texts("Nora Blake vowed to reopen the old ferry line by spring."))
                .containsExactly("to reopen the old ferry line by spring.");
        assertThat(texts("Nora Blake called for an inquiry into the harbour accounts."))
                .containsExactly("an inquiry into the harbour accounts.");
        assertThat(texts("Nora Blake called on the mayor to release the harbour accounts."))
                .containsExactly("the mayor to release the harbour accounts.");
    }

    @Test
    void namingAndTimeUsesOfCallAreNotSpeech() {
        assertThat(texts("Nora Blake called the harbour plan a costly mistake.")).isEmpty();
        assertThat(texts("Nora Blake called on Monday for about an hour.")).isEmpty();
        assertThat(texts("The inquiry was called for by three council members.")).isEmpty();
    }

    @Test
    void nounUseOfStateIsNoVerb() {
        assertThat(texts("The secretary of state struggles to keep the old coalition together.")).isEmpty();
    }

    @Test
    void noBreakSpacesReadAsSpaces() {
        assertThat(texts("But\u00a0Nora Blake said\u00a0the harbour would stay closed all winter."))
                .containsExactly("the harbour would stay closed all winter.");
    }

    @Test
    void accordingToAnyPhraseClosedByAComma() {
        List<Quote> q = quotes("According to early harbour counts, the ferry carried twice as many people in May.");
        assertThat(q).extracting(Quote::text).containsExactly("the ferry carried twice as many people in May.");
    }

    @Test
    void participleWithThatClause() {
        assertThat(texts("The mayor posted a long message on Friday saying that the harbour would reopen soon."))
                .containsExactly("the harbour would reopen soon.");
    }

    @Test
    void describedAs() {
        assertThat(texts("Nora Blake described the harbour plan as a costly mistake."))
                .containsExactly("the harbour plan as a costly mistake.");
        assertThat(texts("The harbour plan was described as a costly mistake.")).isEmpty();
    }

    @Test
    void twoCoordinatedReportedClausesAreTwoQuotes() {
        List<Quote> q = quotes("Nora Blake says the ferry fares are too high and says she will cut them next year.");
        assertThat(q).extracting(Quote::text).containsExactly("the ferry fares are too high",
                "she will cut them next year.");
        assertThat(q).extracting(Quote::cue).containsExactly("says", "says");
        assertThat(q).extracting(x -> x.speaker().name()).containsOnly("Nora Blake");
    }

    @Test
    void concessionOfTheWriterIsCutOff() {
        assertThat(texts("Nora Blake said the ferry was safe, although the inspectors never came."))
                .containsExactly("the ferry was safe");
    }

    @Test
    void wordsBeforeAnAttributionBetweenCommasAreReportedToo() {
        List<Quote> q = quotes("The repairs could take two more winters, Nora Blake said, and the costs may double.");
        assertThat(q).extracting(Quote::text).containsExactly("The repairs could take two more winters",
                "and the costs may double.");
        assertThat(q).extracting(x -> x.speaker().name()).containsOnly("Nora Blake");
    }

    @Test
    void markedFragmentInsideTheWritersClauseIsOneIndirectQuote() {
        List<Quote> q = quotes("A captain who \u201cskips a single safety drill\u201d loses his licence, Nora Blake said.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(QuoteKind.INDIRECT);
            assertThat(x.text()).isEqualTo("A captain who \u201cskips a single safety drill\u201d loses his licence");
        });
        // marks that open the sentence stay a direct quote
        assertThat(quotes("\u201cEvery captain skips a drill now and then,\u201d Nora Blake said.")).singleElement()
                .satisfies(x -> assertThat(x.kind()).isEqualTo(QuoteKind.DIRECT));
    }

    @Test
    void relativeThatInsideTheReportedClause() {
        assertThat(texts("Nora Blake said inspectors have a report that shows the damage."))
                .containsExactly("inspectors have a report that shows the damage.");
    }

    @Test
    void markedFragmentInsideAReportedClauseIsNotADirectQuote() {
        List<Quote> q = quotes("Nora Blake said she has had \"serious doubts about the ferry\" since the winter storms.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(QuoteKind.INDIRECT);
            assertThat(x.text()).startsWith("she has had");
        });
    }

    @Test
    void semicolonAndButEndAReportedClause() {
        assertThat(texts("Nora Blake said the delay was not planned; the crews only heard of it on Friday."))
                .containsExactly("the delay was not planned");
        assertThat(texts("Her aides say it is too early to talk about it but noted that the crews were ready."))
                .containsExactly("it is too early to talk about it", "the crews were ready.");
    }

    @Test
    void openingTimeAdverbialIsNoQuote() {
        assertThat(texts("In March 2019, Nora Blake called for early elections after the vote."))
                .containsExactly("early elections after the vote.");
        assertThat(texts("On May 4, 2019, Nora Blake said, she would stay.")).containsExactly("she would stay.");
    }

    @Test
    void nameAndVerbAfterTheSpeechVerbOpenAClauseAroundMarks() {
        assertThat(quotes("Nora Blake said Tom Berg is reduced to \"empty promises\" because the money ran out."))
                .singleElement().satisfies(x -> assertThat(x.kind()).isEqualTo(QuoteKind.INDIRECT));
        assertThat(texts("Nora Blake says neither the mayor nor his staff ever visited the harbour."))
                .containsExactly("neither the mayor nor his staff ever visited the harbour.");
    }

    @Test
    void reflexiveAndSayingInfinitives() {
        assertThat(texts("Nora Blake herself said that the council would never agree."))
                .containsExactly("the council would never agree.");
        assertThat(texts("Nora Blake went on to say that the harbour was full of sailors."))
                .containsExactly("the harbour was full of sailors.");
        assertThat(texts("Nora Blake refused to say whether the harbour would close.")).isEmpty();
    }

    @Test
    void quantifierSubjectIsAnonymous() {
        assertThat(quotes("Some argued that the ferry contract was far too generous.")).singleElement()
                .satisfies(x -> assertThat(x.speaker()).isNull());
    }

    @Test
    void asTheSourcePutIt() {
        assertThat(texts("As Nora Blake wrote for the paper in May, both islands claim the harbour as their own."))
                .containsExactly("both islands claim the harbour as their own.");
        assertThat(texts("As Nora Blake put it in a letter, the ferry is safe again."))
                .containsExactly("the ferry is safe again.");
        assertThat(texts("As expected, the ferry was late again today.")).isEmpty();
    }

    @Test
    void infinitiveContentKeepsItsRelativeClause() {
        assertThat(texts("Nora Blake called for all captains to wear badges that show their licence."))
                .containsExactly("all captains to wear badges that show their licence.");
    }

    @Test
    void secondSubjectWithItsOwnSpeechVerb() {
        List<Quote> q = quotes("Nora Blake has vowed to reopen the old ferry line, and Tom Berg is promising to fund the new pier.");
        assertThat(q).extracting(Quote::text).containsExactly("to reopen the old ferry line", "to fund the new pier.");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Nora Blake", "Tom Berg");
        assertThat(texts("Nora Blake said the crossing was rough \u2014 and she noted that the crew stayed calm."))
                .containsExactly("the crossing was rough", "the crew stayed calm.");
    }

    @Test
    void verblessOpeningPhraseBeforeAnAttributionIsNoQuote() {
        assertThat(texts("During her eleven long years at the harbour office, Nora Blake said, the ferry never ran late."))
                .containsExactly("the ferry never ran late.");
        assertThat(texts("Lamenting their luck, Ines Marlow often says, the sea gives and the sea takes away."))
                .containsExactly("the sea gives and the sea takes away.");
    }

    @Test
    void participleClauseAfterACommaEndsTheReportedClause() {
        assertThat(texts("Nora Blake said the old pier was safe enough, arguing that the storms had spared it."))
                .containsExactly("the old pier was safe enough", "the storms had spared it.");
        assertThat(texts("Nora Blake said the ferry would keep running all winter, citing strong demand."))
                .containsExactly("the ferry would keep running all winter, citing strong demand.");
    }

    @Test
    void markedWordsBeforeAReportingVerbStayInTheReportedClause() {
        assertThat(texts("Nora Blake said in her letter that the poster \"plainly and wrongly\" suggests that the crew backs the plan."))
                .containsExactly("the poster \"plainly and wrongly\" suggests that the crew backs the plan.");
    }

    @Test
    void modifiedAnonymousSourceCloseTheSentence() {
        assertThat(texts("The harbour talks broke down after an hour, said one EU source at the table."))
                .containsExactly("The harbour talks broke down after an hour");
        assertThat(texts("The harbour talks broke down after an hour, one EU source said."))
                .containsExactly("The harbour talks broke down after an hour");
        assertThat(texts("The ferry fares are far too high, angry local residents said on Monday."))
                .containsExactly("The ferry fares are far too high");
    }

    @Test
    void pollShareAsSource() {
        assertThat(texts("In the harbour survey, 41 percent said the ferry should run at night."))
                .containsExactly("the ferry should run at night.");
    }

    @Test
    void concessionAfterAMidSentenceAttributionIsTheWriters() {
        assertThat(texts("The last crossing, Nora Blake said, was the roughest in years, although the logs are not yet complete."))
                .contains("was the roughest in years")
                .doesNotContain("was the roughest in years, although the logs are not yet complete.");
    }

    @Test
    void midSentenceAttributionWithHearerAndTime() {
        assertThat(texts("The real trouble, Nora Blake told me on Friday, is that the pier was never repaired."))
                .contains("is that the pier was never repaired.");
        assertThat(texts("The next day, the harbour board responded in kind, closing the second pier.")).isEmpty();
    }

    @Test
    void concessionWithItsOwnSpeechVerbAndParticipleAfterBy() {
        assertThat(texts("Nora Blake said the pier was safe, though she noted the ferry is getting old and slow."))
                .containsExactly("the pier was safe", "the ferry is getting old and slow.");
        assertThat(texts("Nora Blake answered the board by saying the pier was safe for another decade."))
                .containsExactly("the pier was safe for another decade.");
    }

    @Test
    void subjectOfTheClauseWithATail() {
        assertThat(texts("Nora Blake said dozens of fishermen in the northern villages opposed the new quota."))
                .containsExactly("dozens of fishermen in the northern villages opposed the new quota.");
        assertThat(texts("Nora Blake says anyone who sails in winter is taking a needless risk."))
                .containsExactly("anyone who sails in winter is taking a needless risk.");
        assertThat(texts("Nora Blake said pilots or deckhands would sometimes skip the checks."))
                .containsExactly("pilots or deckhands would sometimes skip the checks.");
        assertThat(texts("Nora Blake says too much is expected of the harbour crews."))
                .containsExactly("too much is expected of the harbour crews.");
        assertThat(texts("Nora Blake has said about 40 boats have left the fleet this year."))
                .containsExactly("about 40 boats have left the fleet this year.");
        assertThat(texts("Nora Blake said goodbye to the sailors who were leaving.")).isEmpty();
    }

    @Test
    void relativeClauseSpeaker() {
        assertThat(quotes("The board met Nora Blake, the harbour master, who on Monday said the pier would close."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("the pier would close.");
                    assertThat(q.speaker().name()).isEqualTo("Nora Blake");
                });
        assertThat(texts("The ferry carried dozens of commuters, many of whom say the fares are too high."))
                .containsExactly("the fares are too high.");
        // a description of someone is not a report: only verbs of saying proper read a relative subject
        assertThat(texts("She is a smuggler who has pledged to ruin the harbour board.")).isEmpty();
    }

    @Test
    void sourceNounWithATail() {
        assertThat(quotes("Experts on shipping and port safety said the new pier could collapse in a storm."))
                .singleElement().satisfies(q -> {
                    assertThat(q.text()).isEqualTo("the new pier could collapse in a storm.");
                    assertThat(q.speaker()).isNull();
                });
        assertThat(texts("Looking back, the analysts we consulted said the ferry line had never made money."))
                .containsExactly("the ferry line had never made money.");
        assertThat(texts("Those close to the harbour master say she will not run again."))
                .containsExactly("she will not run again.");
    }

    @Test
    void coordinatedVerbAfterAComma() {
        assertThat(texts("Nora Blake praised the crews for their work, but said the pier would stay closed."))
                .containsExactly("the pier would stay closed.");
        assertThat(texts("Nora Blake visited the harbour office, and said the repairs were late."))
                .containsExactly("the repairs were late.");
    }

    @Test
    void midSentenceAttributionWithALongerAdverbial() {
        assertThat(texts("The old pier cost ten million, the board said in its annual report, and the new one will cost more."))
                .containsExactly("The old pier cost ten million", "and the new one will cost more.");
        assertThat(texts("The crews, Nora Blake explained earlier at the hearing, were paid too little for night shifts."))
                .containsExactly("were paid too little for night shifts.");
        assertThat(texts("The cause, the inspector said then, was a broken valve in the engine room."))
                .containsExactly("was a broken valve in the engine room.");
    }

    @Test
    void relativeAppositiveWithMarkedWords() {
        assertThat(quotes("Nora Blake, who called the plan “reckless and cruel,” said she would vote against it."))
                .anySatisfy(q -> {
                    assertThat(q.text()).isEqualTo("she would vote against it.");
                    assertThat(q.speaker().name()).isEqualTo("Nora Blake");
                });
    }

    @Test
    void accordingToAnyShortSourceClosingTheSentence() {
        assertThat(texts("Most of the old ferries were sold abroad last year, according to the dock workers' guild."))
                .containsExactly("Most of the old ferries were sold abroad last year");
        assertThat(texts("About 4,000 sailors live in the harbour district, according to city records."))
                .containsExactly("About 4,000 sailors live in the harbour district");
    }

    @Test
    void jointSubjectWithAllAndAYearBeforeACoordinatedVerb() {
        assertThat(texts("Nora Blake (Labour) and Tom Berg (Green) all suggested that the pier should be sold."))
                .containsExactly("the pier should be sold.");
        assertThat(texts("Nora Blake ran the harbour board, which dismissed her in 2019, and said the pier was unsafe."))
                .containsExactly("the pier was unsafe.");
    }

    @Test
    void abbreviationInsideTheClauseSubject() {
        assertThat(texts("The board met in May, as critics claimed the U.K. navy had ignored the harbour."))
                .containsExactly("the U.K. navy had ignored the harbour.");
        assertThat(texts("Nora Blake argued U.N. observers should inspect the pier."))
                .containsExactly("U.N. observers should inspect the pier.");
    }

    @Test
    void nounFormsOfSpeechVerbsAfterADeterminerOrPossessive() {
        assertThat(texts("Nora Blake's remarks on Friday were a warning to the whole harbour board.")).isEmpty();
        assertThat(texts("The charges against the harbour board were dropped after the inquiry.")).isEmpty();
        // a possessive with a "that" clause still reports the claim; a contracted "is" is no possessive
        assertThat(texts("Nora Blake's claim that the pier is unsafe was checked by the inspectors."))
                .singleElement().satisfies(t -> assertThat(t).startsWith("the pier is unsafe"));
        assertThat(texts("She's claiming that the pier was sold in secret."))
                .containsExactly("the pier was sold in secret.");
    }
}
