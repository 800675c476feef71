package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Marked quotes whose attribution is a dash signature, sits behind appositives, or is a sentence away. */
class MarkedAttributionTest {

    private static List<Quote> quotes(String body) {
        return Articles.analyze(body).quotes();
    }

    @Test
    void dashSignatureAfterTheMarks() {
        List<Quote> q = quotes("Readers wrote in after the vote.\n\u201cThe ferry is the only way home for us.\u201d \u2015 Ines Marlow\n"
                + "\u201cWe were never asked about the new timetable.\u201d \u2014 Paul A. Vries.");
        assertThat(q).extracting(Quote::text).containsExactly("The ferry is the only way home for us.",
                "We were never asked about the new timetable.");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Ines Marlow", "Paul A. Vries");
    }

    @Test
    void dashLeadingIntoTheSentenceIsNoSignature() {
        assertThat(quotes("The \u201cbridge of sighs\u201d \u2014 Venice in winter \u2014 drew crowds.")).isEmpty();
    }

    @Test
    void nameBeforeSeveralAppositives() {
        List<Quote> q = quotes("\u201cThe port will need ten years to recover,\u201d Ines Marlow, a fellow at the Harbour Institute,"
                + " a research group in Lisbon, told me.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("The port will need ten years to recover");
            assertThat(x.speaker().name()).isEqualTo("Ines Marlow");
        });
    }

    @Test
    void nextSentenceInMarksEndingInANoBreakSpace() {
        List<Quote> q = quotes("\u201cThe port is busy again,\u201d Ines Marlow said. \u201cNobody expected the ships back so soon.\u201d\u00a0");
        assertThat(q).extracting(Quote::text).containsExactly("The port is busy again",
                "Nobody expected the ships back so soon.");
        assertThat(q).extracting(x -> x.speaker().name()).containsOnly("Ines Marlow");
    }

    @Test
    void embeddedPostWithItsSignature() {
        List<Quote> q = quotes("Critics piled on.\n2. The new timetable leaves the islands without a ferry on Sundays "
                + "pic.twitter.com/abc \u2014 Ines Marlow (@imarlow) March 3, 2019");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("The new timetable leaves the islands without a ferry on Sundays");
            assertThat(x.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(x.speaker().name()).isEqualTo("Ines Marlow");
        });
    }

    @Test
    void namedSubjectAndColonBeforeMarkedWords() {
        List<Quote> q = quotes("Ines Marlow stood by the figures: \u201cWe have been clear about the risks all along.\u201d");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Ines Marlow"));
        assertThat(quotes("The answer is simple: \u201cbuild more ferries for the islands.\u201d")).isEmpty();
    }

    @Test
    void titleOfAShowIsNoQuote() {
        assertThat(quotes("Ines Marlow said on \u201cMorning Harbour Hour\u201d that the ferry would return.\n"
                + "Ines Marlow told \u201cThe Island Weekly Show\u201d about it."))
                .extracting(Quote::text).containsExactly("the ferry would return.");
        assertThat(QuoteFinder.titleCase("We will not pay for this", 0, 24)).isFalse();
        assertThat(QuoteFinder.titleCase("I Am Done", 0, 9)).isFalse();
    }

    @Test
    void roleWordsBeforeTheNameAfterTheMarks() {
        List<Quote> q = quotes("\"The harbour has moved sideways,\" port chief economist Ines Marlow said.");
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker().name()).isEqualTo("Ines Marlow"));
    }

    @Test
    void longHearerAndRelativeThatAfterTheMarks() {
        List<Quote> q = quotes("\"We are in a critical situation,\" Ines Marlow told reporters after the meeting that was "
                + "held on a ferry.\n\"It is a broken timetable,\" Tom Berg told Anna Weiss of Harbour Radio this week.\n"
                + "\"We live in a windy town,\" my father often said.");
        assertThat(q).extracting(Quote::text).containsExactly("We are in a critical situation",
                "It is a broken timetable", "We live in a windy town");
        assertThat(q).extracting(Quote::kind).containsOnly(QuoteKind.DIRECT);
    }

    @Test
    void unmarkedParagraphAfterAColonAttributionIsABlockQuote() {
        List<Quote> q = Articles.analyze("Nora Blake spoke at the pier on Monday. \u201cWe stay,\u201d she said. She added:\n"
                + "The danger is that the old pier gives way in the next big storm.\nThe ferry left at noon.").quotes();
        assertThat(q).extracting(Quote::text).contains("The danger is that the old pier gives way in the next big storm.");
        assertThat(Articles.analyze("Nora Blake listed her demands:\n1. The ferry runs at night all year.").quotes()).isEmpty();
    }

    @Test
    void conjunctionBeforeAWholeMarkedSentenceContinuesTheSpeaker() {
        List<Quote> q = Articles.analyze("\"The port is safe,\" Nora Blake said. But \"the old pier is a danger to us all.\"").quotes();
        assertThat(q).extracting(Quote::text).containsExactly("The port is safe", "the old pier is a danger to us all.");
        assertThat(q.get(1).speaker().name()).isEqualTo("Nora Blake");
    }

    @Test
    void moreVerbsOfSaying() {
        assertThat(Articles.analyze("Nora Blake retorted, \"The pier will stand for years.\"").quotes())
                .extracting(Quote::text).containsExactly("The pier will stand for years.");
        assertThat(Articles.analyze("\"Keep the ferry running,\" the crowd chanted.").quotes())
                .extracting(Quote::text).containsExactly("Keep the ferry running");
    }

    @Test
    void aLongAdjunctAfterTheVerbStillAttributesMarkedWords() {
        List<Quote> q = quotes("\u201cThe ferry will run all winter,\u201d Ines Marlow told us after touring the new terminal"
                + " at the harbour in Porto on a rainy morning.\n"
                + "\u201cThe timetable is fixed,\u201d Paul Vries told the radio in an interview to be broadcast on Sunday at"
                + " 9 a.m. and 6 p.m. local time.");
        assertThat(q).extracting(Quote::text).containsExactly("The ferry will run all winter", "The timetable is fixed");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Ines Marlow", "Paul Vries");
    }

    @Test
    void aClauseAfterTheVerbIsNoAdjunct() {
        List<Quote> q = quotes("\u201cThe ferry will run all winter,\u201d and Ines Marlow said on Monday that the harbour"
                + " board had agreed to pay for the extra crews.");
        assertThat(q).noneSatisfy(x -> assertThat(x.text()).isEqualTo("The ferry will run all winter"));
    }

    @Test
    void aNameWithDottedInitialsAttributesTheQuoteAndItsContinuation() {
        List<Quote> q = quotes("\u201cThe harbour has seen hard years,\u201d P.J. Varga, a shipping analyst, told me."
                + " \u201cNobody expects a quick recovery.\u201d");
        assertThat(q).extracting(x -> x.speaker().name()).containsExactly("P.J. Varga", "P.J. Varga");
    }
}
