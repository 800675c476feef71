package org.recognitionetl.store;

import java.text.Normalizer;
import java.util.Locale;

import org.recognitionetl.article.ArticleIds;

/**
 * IDs of the rows derived from an article, computed from their content so that they are the same
 * on every run and machine, and a rewrite of the same article updates rows instead of adding new ones.
 */
public final class ContentIds {
    private ContentIds() {
    }

    /** A readable slug of the canonical name: {@code Donetsk People's Republic} gives {@code donetsk-peoples-republic}. */
    public static String entityId(String canonicalName) {
        String folded = Normalizer.normalize(canonicalName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("['’]", "")
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** One person is one ID whatever the case, accents or spacing of the name. */
    public static String speakerId(String name) {
        return ArticleIds.hash16("speaker", speakerKey(name));
    }

    static String speakerKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replace('’', '\'')
                .replaceAll("\\s+", " ")
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    public static String quoteId(String articleId, int charStart, int charEnd) {
        return ArticleIds.hash16("quote", articleId, Integer.toString(charStart), Integer.toString(charEnd));
    }

    public static String positionId(String articleId, String actorId, String targetId, String stance) {
        return ArticleIds.hash16("position", articleId, actorId, targetId, stance);
    }
}
