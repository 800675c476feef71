package org.recognitionetl.store;

/** Where a file stands in the staging table {@code source_files}. */
public enum FileStatus {
    /** New, changed, or due for re-analysis: the import step will read it. */
    PENDING,
    /** Its article's rows are in the tables. */
    IMPORTED,
    /** It gave a reject row. */
    REJECTED,
    /** It was not found under the input roots by the latest run; its article is kept. */
    MISSING
}
