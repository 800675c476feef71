package org.recognitionetl.extract;

/** A quote found in the body before its source is resolved to a speaker. */
record QuoteCandidate(int start, int end, QuoteKind kind, Attribution attribution) {
    Span span() {
        return new Span(start, end);
    }
}
