package org.recognitionetl.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Stable, content-derived identifiers: the same input gives the same ID on every run and machine,
 * so a nightly run never renumbers yesterday's rows.
 */
public final class ArticleIds {

    /** Separates the parts hashed by {@link #hash16(String...)}: ASCII unit separator, not found in text. */
    public static final char PART_SEPARATOR = '\u001F';

    private static final HexFormat HEX = HexFormat.of();

    private ArticleIds() {
    }

    /**
     * The article ID: the first 16 lowercase hex characters of the SHA-256 of the URL, trimmed
     * ({@link String#strip()}), encoded as UTF-8.
     */
    public static String articleId(String url) {
        Objects.requireNonNull(url, "url");
        return hash16(url.strip());
    }

    /**
     * A 16-hex-character ID for any tuple of strings (quote, position, speaker IDs…): the first 16
     * lowercase hex characters of the SHA-256 of the parts joined by {@link #PART_SEPARATOR}, as UTF-8.
     * Parts are hashed as given (not trimmed); callers normalise them first.
     *
     * @throws IllegalArgumentException when no part is given
     * @throws NullPointerException     when a part is null (null and "" must not collide silently)
     */
    public static String hash16(String... parts) {
        if (parts == null || parts.length == 0) {
            throw new IllegalArgumentException("hash16 needs at least one part");
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            Objects.requireNonNull(parts[i], () -> "hash16 part is null");
            if (i > 0) {
                joined.append(PART_SEPARATOR);
            }
            joined.append(parts[i]);
        }
        return sha256Hex(joined.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** Lowercase hex SHA-256 of the bytes (64 characters). */
    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(sha256(bytes));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
