package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<Quote> quotes(String body) {
        return Articles.analyze(body).quotes();
    }

    @Test
    void straightQuoteWithTrailingAttribution() {
        List<Quote> q = quotes("\"The harbour will reopen next spring,\" Maria Lopez said on Tuesday.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("The harbour will reopen next spring");
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.get(0).speaker().name()).isEqualTo("Maria Lopez");
    }

    @Test
    void offsetsPointIntoTheBody() {
        String body = "Rain fell all day.\n\u201cWe will rebuild the old bridge,\u201d said Mayor Tom Berg.";
        Quote q = quotes(body).get(0);
        assertThat(body.substring(q.charStart(), q.charEnd())).isEqualTo(q.text());
        assertThat(q.text()).isEqualTo("We will rebuild the old bridge");
        assertThat(q.speaker().name()).isEqualTo("Tom Berg");
        assertThat(q.speaker().title()).isEqualTo("Mayor");
    }

    @Test
    void everyMarkStyleIsAQuote() {
        assertThat(quotes("Anna Weiss said: \u00abThe talks went very well indeed.\u00bb")).extracting(Quote::text)
                .containsExactly("The talks went very well indeed.");
        assertThat(quotes("``The talks went very well,'' Anna Weiss said.")).extracting(Quote::text)
                .containsExactly("The talks went very well");
        assertThat(quotes("''The talks went very well,'' Anna Weiss said.")).extracting(Quote::text)
                .containsExactly("The talks went very well");
        assertThat(quotes("\u2018The talks went very well,\u2019 Anna Weiss said.")).extracting(Quote::text)
                .containsExactly("The talks went very well");
    }

    @Test
    void attributionBeforeTheMarks() {
        List<Quote> q = quotes("Anna Weiss told reporters: \"Nobody wants another long winter.\"");
        assertThat(q).extracting(Quote::text).containsExactly("Nobody wants another long winter.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Anna Weiss");
    }

    @Test
    void interruptedQuoteIsTwoQuotesWithOneSpeaker() {
        List<Quote> q = quotes("\"We tried every door,\" Anna Weiss said, \"and every one of them was locked.\"");
        assertThat(q).extracting(Quote::text).containsExactly("We tried every door", "and every one of them was locked.");
        assertThat(q).extracting(x -> x.speaker().name()).containsOnly("Anna Weiss");
    }

    @Test
    void lostMarksWithSentenceFinalAttribution() {
        List<Quote> q = quotes("Of course, that would be a disaster, Weiss said at the summit.");
        assertThat(q).extracting(Quote::text).containsExactly("Of course, that would be a disaster");
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void unbalancedMarkWithAttributionInside() {
        List<Quote> q = quotes("\"The river is higher than last year, Weiss said.");
        assertThat(q).extracting(Quote::text).containsExactly("The river is higher than last year");
    }

    @Test
    void reportedSpeechDropsThat() {
        List<Quote> q = quotes("The minister further explained that the new road will open in May.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.get(0).text()).isEqualTo("the new road will open in May.");
    }

    @Test
    void accordingTo() {
        List<Quote> q = quotes("The ferry carried forty passengers, according to port officials.");
        assertThat(q).extracting(Quote::text).containsExactly("The ferry carried forty passengers");
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void notQuotes() {
        assertThat(quotes("Critics mocked the so-called \"people's referendum\" held last week.")).isEmpty();
        assertThat(quotes("Weiss called the plan \"a very bad joke\" during the debate.")).isEmpty();
        assertThat(quotes("\"Very good,\" Weiss said.")).isEmpty(); // under three words
        assertThat(quotes("Weiss believes that the road will open in May.")).isEmpty(); // verb of mind
        assertThat(quotes("She read \"The Old Man and the Sea\" twice on the train.")).isEmpty(); // a title
    }

    @Test
    void quotedFragmentInsideReportedClauseIsOneIndirectQuote() {
        List<Quote> q = quotes("Weiss said the new tariff was \"a clear red line\" for farmers.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.get(0).text()).startsWith("the new tariff was");
    }

    @Test
    void quoteOverSeveralSentencesIsOne() {
        List<Quote> q = quotes("\"We came early. We stayed late. We built the wall ourselves,\" Anna Weiss said.");
        assertThat(q).extracting(Quote::text).containsExactly("We came early. We stayed late. We built the wall ourselves");
    }

    @Test
    void sourceWithParentheticalAndAppositive() {
        List<Quote> q = quotes("\"The dam will hold through the spring,\" Rep. Ada Lind (D-Ore.), a member of the panel, said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Ada Lind");
        q = quotes("\"The dam will hold through the spring,\" Senator Ada Lind, D-Ore., said Tuesday.");
        assertThat(q.get(0).speaker().name()).isEqualTo("Ada Lind");
    }

    @Test
    void attributionBetweenCommas() {
        List<Quote> q = quotes("Back in her village, Ada Lind said, she planted two hundred trees.");
        // the words on both sides are the speaker's, as with "A," he said, "B." (two quotes, one speaker)
        assertThat(q).extracting(Quote::text).containsExactly("Back in her village", "she planted two hundred trees.");
        assertThat(q).extracting(x -> x.speaker().name()).containsOnly("Ada Lind");
    }

    @Test
    void participleContinuesTheSpeaker() {
        List<Quote> q = quotes("\"The mill will reopen,\" Ada Lind said, adding that forty workers would return in May.");
        assertThat(q).hasSize(2);
        assertThat(q).extracting(x -> x.speaker().name()).containsOnly("Ada Lind");
    }

    @Test
    void progressiveSpeechVerb() {
        List<Quote> q = quotes("Ada Lind is stressing that the mill will reopen in May.");
        assertThat(q).extracting(Quote::text).containsExactly("the mill will reopen in May.");
    }

    @Test
    void commonNounSourceHasNoName() {
        List<Quote> q = quotes("\"We need a new harbour,\" the Oslo businessman said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void colonAttributionInTheSentenceBefore() {
        List<Quote> q = quotes("Ada Lind told the council on Monday:\n\"The harbour must reopen before the winter storms.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker().name()).isEqualTo("Ada Lind");
    }

    @Test
    void straightSingleMarksAreQuotesButApostrophesAreNot() {
        assertThat(quotes("'The ferry will not sail before the storm has passed,' the harbour master, Ines Kovac, said."))
                .extracting(Quote::text).containsExactly("The ferry will not sail before the storm has passed");
        assertThat(quotes("The growers' union said no to the plan, and Ines Kovac's deputy won't sign it either."))
                .extracting(Quote::kind).doesNotContain(QuoteKind.DIRECT);
    }

    @Test
    void aQuoteOverSeveralParagraphsIsOneQuote() {
        String body = "Mayor Lena Ortiz spoke after the vote.\n"
                + "\u201cWe have waited eleven years for this bridge and the town has paid for every delay.\n"
                + "\u201cNow the work begins, and nobody will stop it again,\u201d she said.";
        List<Quote> q = quotes(body);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).startsWith("We have waited eleven years").endsWith("nobody will stop it again");
        assertThat(q.get(0).speaker().name()).isEqualTo("Lena Ortiz");
        assertThat(body.substring(q.get(0).charStart(), q.get(0).charEnd())).isEqualTo(q.get(0).text());
    }

    @Test
    void closedParagraphsAndTranscriptTurnsStaySeparate() {
        List<Quote> closed = quotes("Mayor Lena Ortiz spoke after the vote.\n"
                + "\u201cWe have waited eleven years for this bridge,\u201d she said.\n"
                + "\u201cNow the work begins and nobody will stop it,\u201d she added.");
        assertThat(closed).hasSize(2);
        List<Quote> turns = quotes("\"HOST: Do you really think the bridge will be finished this year?\n"
                + "\"ORTIZ: Yes, the builders have promised it to the whole town.");
        assertThat(turns).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aRoleInAppositionBeforeTheNameIsNotPartOfTheQuote() {
        List<Quote> q = quotes("The ferry line will close for the winter, the island's deputy mayor, Ines Kovac, said on Friday.");
        assertThat(q).extracting(Quote::text).containsExactly("The ferry line will close for the winter");
        assertThat(q.get(0).speaker().name()).isEqualTo("Ines Kovac");
    }

    @Test
    void aYearInsideARelativeClauseDoesNotHideTheSource() {
        List<Quote> q = quotes("The Harbour Workers Union, which was founded in 1921, said it would strike on Monday.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNotNull();
        assertThat(q.get(0).speaker().name()).contains("Harbour Workers Union");
    }

    @Test
    void describedAsNeedsItsObjectAfterTheVerb() {
        assertThat(quotes("Observers noted a change in the final text, a change one analyst described in a note to clients"
                + " as small on paper but telling in practice.")).extracting(Quote::text)
                .noneMatch(t -> t.startsWith("in a note"));
    }

    @Test
    void aSpeechVerbInARelativeClauseIsNotAnAttributionBetweenCommas() {
        List<Quote> q = quotes("The Harbour Workers Union, which announced the strike on Monday, said it would not negotiate with the port.");
        assertThat(q).extracting(Quote::text).containsExactly("it would not negotiate with the port.");
        assertThat(q.get(0).speaker().name()).contains("Harbour Workers Union");
    }

    @Test
    void nounFormOfASpeechVerbBeforeTheVerb() {
        // "report" is a speech verb form too; after a determiner it is the subject, and "said" attributes
        assertThat(quotes("“Ferry traffic will double within five years unless the pier is rebuilt,” the report said."))
                .extracting(Quote::text).containsExactly("Ferry traffic will double within five years unless the pier is rebuilt");
    }

    @Test
    void longAdjunctAfterAMarkedQuotesAttribution() {
        assertThat(quotes("“The new pier is a gift to the whole coast,” Maria Lopez told the mayor later after touring "
                + "the harbour with the board of the shipping company."))
                .singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Maria Lopez"));
    }

    @Test
    void secondPieceAfterALongAppositiveOrASemicolon() {
        assertThat(quotes("“The fleet is older than it looks,” says Maria Lopez, an engineer at the Northern Shipping "
                + "Institute in the old port town, “and it will need new engines soon.”"))
                .extracting(q -> q.text() + "|" + q.speaker().name())
                .containsExactly("The fleet is older than it looks|Maria Lopez", "and it will need new engines soon.|Maria Lopez");
        assertThat(quotes("“When the tide is low,” Maria Lopez wrote in a note to the board; “that is, twice a day, "
                + "the ferry cannot dock at all.”"))
                .extracting(Quote::text).containsExactly("When the tide is low", "that is, twice a day, the ferry cannot dock at all.");
    }
}
