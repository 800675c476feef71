package org.recognitionetl.extract;

import java.time.LocalDate;

import org.recognitionetl.article.Article;

/** Builds in-memory articles from sentences written for the tests. */
final class Articles {
    private Articles() {
    }

    static Article of(String body) {
        return of(body, 0);
    }

    static Article of(String body, int bylineEnd) {
        return new Article("test", "A headline", LocalDate.of(2022, 6, 18), "https://example.org/a", "example.org", "",
                "test.txt", body, bylineEnd, "", "UTF-8");
    }

    static ArticleAnalysis analyze(String body) {
        return Analyzer.withDefaults().analyze(of(body));
    }
}
