package org.recognitionetl.extract;

import java.util.List;

/**
 * What the analysis found in one article: its quotes (in body order) and its recognition positions
 * (one per actor, target and stance).
 */
public record ArticleAnalysis(List<Quote> quotes, List<Position> positions) {
    public ArticleAnalysis {
        quotes = List.copyOf(quotes);
        positions = List.copyOf(positions);
    }
}
