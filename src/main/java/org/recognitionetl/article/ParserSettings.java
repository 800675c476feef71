package org.recognitionetl.article;

/**
 * How {@link ArticleParser} reads files.
 *
 * @param maxBytes     files larger than this are rejected as {@link RejectReason#TOO_LARGE}
 * @param utf8Fallback when the bytes are not valid UTF-8: {@code true} decodes them as
 *                     windows-1252 (the usual culprit: files saved by older Windows tools) and
 *                     records that in {@link Article#encoding()}; {@code false} rejects the file
 *                     as {@link RejectReason#INVALID_UTF8}
 */
public record ParserSettings(long maxBytes, boolean utf8Fallback) {

    /** 5 MiB: far above any news article, far below what would hurt memory. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /** 5 MiB limit, windows-1252 fallback on. */
    public static final ParserSettings DEFAULTS = new ParserSettings(DEFAULT_MAX_BYTES, true);

    public ParserSettings {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }
}
