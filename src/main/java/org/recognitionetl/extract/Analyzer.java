package org.recognitionetl.extract;
import java.util.List;
import org.recognitionetl.article.Article;
public final class Analyzer {
    public static final String VERSION = "stub";
    public static Analyzer withDefaults() { return new Analyzer(); }
    public ArticleAnalysis analyze(Article a) {
        Entity kz = new Entity("Kazakhstan", EntityKind.STATE);
        Speaker s = new Speaker("Test Person", "President", kz);
        if (a.body().length() < 20) return new ArticleAnalysis(List.of(), List.of());
        return new ArticleAnalysis(List.of(new Quote(a.body().substring(0, 20), QuoteKind.DIRECT, "said", 0, 20, s)),
            List.of(new Position(kz, new Entity("Kosovo", EntityKind.TERRITORY), Stance.DOES_NOT_RECOGNIZE, s, 0, "x")));
    }
}
