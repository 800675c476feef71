package org.recognitionetl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.recognitionetl.article.ArticleIds;
import org.recognitionetl.article.ArticleParser;
import org.recognitionetl.article.ParseOutcome;
import org.recognitionetl.article.RejectReason;
import org.recognitionetl.discover.InputRoots;
import org.recognitionetl.extract.Analyzer;
import org.recognitionetl.extract.ArticleAnalysis;
import org.recognitionetl.store.ImportResult;
import org.recognitionetl.store.SourceFileRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads one pending file and turns it into an article with its analysis, or a reject. Never
 * throws for a bad file: every file ends as a row, so one bad file cannot stop the run.
 */
public class ArticleImportProcessor implements ItemProcessor<SourceFileRow, ImportResult> {
    private final InputRoots roots;
    private final ArticleParser parser;
    private final Analyzer analyzer;
    private final long maxBytes;

    public ArticleImportProcessor(InputRoots roots, ArticleParser parser, Analyzer analyzer, long maxBytes) {
        this.roots = roots;
        this.parser = parser;
        this.analyzer = analyzer;
        this.maxBytes = maxBytes;
    }

    @Override
    public ImportResult process(SourceFileRow file) {
        Path path = Path.of(file.sourceRoot()).resolve(file.sourceFile());
        byte[] bytes;
        try {
            if (!roots.contains(path)) {
                return reject(file, RejectReason.OUTSIDE_ROOT,
                        "symbolic link leads outside the input directories to " + path.toRealPath()
                                + "; the file was not read. Copy the file into an input directory instead", null);
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                return reject(file, RejectReason.TOO_LARGE, String.format(
                        "%,d bytes, over the limit of %,d; raise --max-file-size if the file is a real article",
                        size, maxBytes), null);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException gone) {
            return new ImportResult.Vanished(file);
        } catch (IOException e) {
            return reject(file, RejectReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "; check the file's permissions", null);
        }
        String hash = ArticleIds.sha256Hex(bytes);
        if (hash.equals(file.contentHash()) && file.articleId() != null
                && Analyzer.version().equals(file.analysisVersion())) {
            return new ImportResult.Unchanged(file);
        }
        ParseOutcome outcome = parser.parse(bytes, file.sourceFile());
        if (outcome instanceof ParseOutcome.Rejected rejected) {
            return reject(file, rejected.reason(), rejected.detail() + ". " + rejected.reason().hint(), hash);
        }
        return analyse(file, (ParseOutcome.Parsed) outcome, hash);
    }

    private ImportResult analyse(SourceFileRow file, ParseOutcome.Parsed parsed, String hash) {
        try {
            ArticleAnalysis analysis = analyzer.analyze(parsed.article());
            return new ImportResult.Imported(file, parsed.article(), analysis, Analyzer.version());
        } catch (RuntimeException e) {
            return reject(file, RejectReason.ANALYSIS_FAILED, "the analysis failed on this article ("
                    + e + "). " + RejectReason.ANALYSIS_FAILED.hint(), hash);
        }
    }

    private static ImportResult reject(SourceFileRow file, RejectReason reason, String detail, String hash) {
        return new ImportResult.Rejected(file, reason.code(), detail, hash);
    }
}
