package org.recognitionetl.extract;

/**
 * A quote: a span of the article body presented as someone's words.
 *
 * @param text      the quoted words only (no marks, no attribution)
 * @param kind      DIRECT or INDIRECT
 * @param cue       the speech verb or phrase that attributes it ("said", "according to"), or empty
 * @param charStart offset of the first character of {@code text}'s span in the body
 * @param charEnd   offset one past its last character
 * @param speaker   who said it, or null for anonymous or unidentifiable sources
 */
public record Quote(String text, QuoteKind kind, String cue, int charStart, int charEnd, Speaker speaker) {
}
