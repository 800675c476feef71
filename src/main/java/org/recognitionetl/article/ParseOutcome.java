package org.recognitionetl.article;

import java.util.Objects;

/**
 * What {@link ArticleParser#parse(byte[], String)} made of one file: an article or a reject.
 */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.Rejected {

    /** The longest detail a {@link Rejected} keeps; longer details are cut with an ellipsis. */
    int MAX_DETAIL_LENGTH = 240;

    /** The file became an article. */
    record Parsed(Article article) implements ParseOutcome {
        public Parsed {
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * The file was rejected.
     *
     * @param reason why
     * @param detail what happened and where (line number, offending value), for the user to fix the
     *               file; never null, at most {@link #MAX_DETAIL_LENGTH} characters, one line
     */
    record Rejected(RejectReason reason, String detail) implements ParseOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail.replaceAll("[\\r\\n]+", " ");
            if (detail.length() > MAX_DETAIL_LENGTH) {
                detail = detail.substring(0, MAX_DETAIL_LENGTH - 1) + "…";
            }
        }
    }
}
