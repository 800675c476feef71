package org.recognitionetl.article;

import java.util.Optional;

/**
 * Why an input file did not become an {@link Article}.
 *
 * <p>Each reason has a stable {@link #code()} (written to {@code rejects.csv}; never renamed, so
 * reports and scripts can rely on it) and a one-line {@link #hint()} telling the user what to do.
 * Some reasons are decided by the parser, others by the caller that walks the input folders
 * (size limit, duplicates, symlinks, I/O errors); the enum holds them all so that every reject
 * in a run shares one vocabulary.
 */
public enum RejectReason {

    /** The file has no bytes, or only whitespace (after a byte-order mark). Parser. */
    EMPTY("EMPTY",
            "The file is empty; delete it or fill it with headline, date, URL and body."),
    /** There is no date line: the file ends after the headline, or line 2 holds the URL. Parser. */
    MISSING_DATE("MISSING_DATE",
            "Add the publication date as YYYYMMDD on line 2, between the headline and the URL."),
    /** Line 2 is not eight digits {@code YYYYMMDD} (surrounding spaces are tolerated). Parser. */
    BAD_DATE("BAD_DATE",
            "Write the date on line 2 as eight digits YYYYMMDD, e.g. 20240315."),
    /** Line 2 has the right form but is no calendar day (20230230) or is outside 1800..2100. Parser. */
    IMPOSSIBLE_DATE("IMPOSSIBLE_DATE",
            "Correct the date on line 2: it must be a real calendar day between 1800 and 2100."),
    /** There is no URL line: the file ends after the date, or line 3 is plainly not a URL. Parser. */
    MISSING_URL("MISSING_URL",
            "Add the article's URL (https://…) on line 3, right after the date."),
    /** Line 3 looks like a URL but is not an absolute http/https URL with a host. Parser. */
    BAD_URL("BAD_URL",
            "Fix the URL on line 3: it must be absolute, start with http:// or https:// and name a host."),
    /** Nothing but blank lines (or only a byline) after the URL line. Parser. */
    NO_BODY("NO_BODY",
            "Add the article text from line 4 on, one paragraph per line."),
    /** The bytes are not text: NUL bytes, or mostly control characters. Parser. */
    BINARY("BINARY",
            "This is not a text file; export the article as plain UTF-8 text."),
    /** The bytes are in an encoding the job does not read (UTF-16/UTF-32). Parser. */
    UNSUPPORTED_ENCODING("UNSUPPORTED_ENCODING",
            "Re-save the file as UTF-8 (not UTF-16/UTF-32, 'Unicode' in some editors)."),
    /** The bytes are not valid UTF-8 and the windows-1252 fallback is disabled. Parser. */
    INVALID_UTF8("INVALID_UTF8",
            "Re-save the file as UTF-8, or enable the windows-1252 fallback."),
    /** The file is larger than the configured limit. Checked by the caller before reading (and by the parser). */
    TOO_LARGE("TOO_LARGE",
            "Split or trim the file, or raise the size limit if the article is genuine."),
    /** Another file with the same URL was already accepted in this run. Caller. */
    DUPLICATE_URL("DUPLICATE_URL",
            "Remove the duplicate file, or correct its URL if it is a different article."),
    /** The path is a symbolic link that leads outside the input roots. Caller. */
    OUTSIDE_ROOT("OUTSIDE_ROOT",
            "Copy the file into the input folder instead of linking to a place outside it."),
    /** The file could not be read (permissions, I/O error, vanished during the run). Caller. */
    UNREADABLE("UNREADABLE",
            "Check the file's permissions and the disk, then run the job again."),
    /** The analysis raised an error on this article: a defect of the job, not of the file. Caller. */
    ANALYSIS_FAILED("ANALYSIS_FAILED",
            "Report it with the file attached; the rest of the run is not affected.");

    private final String code;
    private final String hint;

    RejectReason(String code, String hint) {
        this.code = code;
        this.hint = hint;
    }

    /** Stable code as written to {@code rejects.csv}; independent of the constant's Java name. */
    public String code() {
        return code;
    }

    /** One line telling the user what to do about a file rejected for this reason. */
    public String hint() {
        return hint;
    }

    /** The reason with this code, if any (exact match). */
    public static Optional<RejectReason> fromCode(String code) {
        for (RejectReason reason : values()) {
            if (reason.code.equals(code)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
