package org.recognitionetl.extract;

/** A half-open character range [start, end) of the article body. */
record Span(int start, int end) {
    boolean contains(int pos) {
        return pos >= start && pos < end;
    }

    boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    String of(String text) {
        return text.substring(start, end);
    }
}
