package org.recognitionetl.article;

import java.time.LocalDate;

/**
 * One news article as read from its file.
 *
 * @param articleId     stable ID derived from the URL (see {@link ArticleIds#articleId(String)})
 * @param title         line 1, trimmed
 * @param publishedDate line 2
 * @param url           line 3, trimmed
 * @param sourceDomain  URL host, lower case, without a leading {@code www.}
 * @param author        byline names joined with {@code "; "}, or empty
 * @param sourceFile    path relative to the input root, {@code /}-separated
 * @param body          paragraphs (line 4 on) joined with {@code \n}; character offsets of quotes point into it
 * @param bylineEnd     offset in {@code body} where the byline prefix ("By NAME: ") ends; 0 when there is none
 * @param contentHash   SHA-256 (hex) of the file's bytes
 * @param encoding      {@code UTF-8}, or the fallback charset the bytes were decoded with
 */
public record Article(
        String articleId,
        String title,
        LocalDate publishedDate,
        String url,
        String sourceDomain,
        String author,
        String sourceFile,
        String body,
        int bylineEnd,
        String contentHash,
        String encoding) {
}
