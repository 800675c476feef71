package org.recognitionetl.store;

/**
 * A row of the staging table {@code source_files}: what the job knows of one input file.
 *
 * @param contentHash     hash of the bytes last imported, or null
 * @param articleId       the article the file gave last time, or null
 * @param analysisVersion the analysis version that produced the article's rows, or null
 */
public record SourceFileRow(
        String fileId,
        String sourceRoot,
        String sourceFile,
        long sizeBytes,
        long modifiedMillis,
        String contentHash,
        String status,
        String articleId,
        String analysisVersion) {
}
