package org.recognitionetl.store;

import org.recognitionetl.article.Article;
import org.recognitionetl.extract.ArticleAnalysis;

/** What the import made of one pending file; the store writer turns it into rows. */
public sealed interface ImportResult {

    SourceFileRow file();

    /** The file gave an article and its analysis. */
    record Imported(SourceFileRow file, Article article, ArticleAnalysis analysis, String analysisVersion)
            implements ImportResult {
    }

    /** The file gave a reject row. */
    record Rejected(SourceFileRow file, String reason, String detail, String contentHash) implements ImportResult {
    }

    /** The file's bytes and the analysis version are those already imported: only its state is refreshed. */
    record Unchanged(SourceFileRow file) implements ImportResult {
    }

    /** The file disappeared between discovery and import. */
    record Vanished(SourceFileRow file) implements ImportResult {
    }
}
