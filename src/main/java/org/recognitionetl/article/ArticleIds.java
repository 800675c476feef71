package org.recognitionetl.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** IDs derived from content, so that the same input gives the same IDs on every run and machine. */
public final class ArticleIds {
    private static final char SEPARATOR = '\u001f';

    private ArticleIds() {
    }

    /** The article's ID: the first 16 hex digits of SHA-256 of its trimmed URL. */
    public static String articleId(String url) {
        return hash16(url.trim());
    }

    /** The first 16 hex digits of SHA-256 over the parts joined by U+001F. */
    public static String hash16(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(parts[i]);
        }
        return HexFormat.of().formatHex(sha256(joined.toString().getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
