package org.recognitionetl.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements a chunk needs, gathered per table so that each runs once per chunk as a JDBC
 * batch: deletes first, then inserts in foreign-key order, then the staging table's updates.
 */
final class ChunkRows {
    final Set<String> articlesToDelete = new LinkedHashSet<>();
    final Set<String> rejectsToDelete = new LinkedHashSet<>();
    final Map<String, Object[]> entities = new LinkedHashMap<>();
    final Map<String, Object[]> speakers = new LinkedHashMap<>();
    /** The rows of each article the chunk imports, by article ID; a later file of the chunk may take one over. */
    final Map<String, ArticleRows> articles = new LinkedHashMap<>();
    /** The reject of each file the chunk rejects, by file ID; a later decision of the chunk replaces it. */
    final Map<String, PendingReject> rejects = new LinkedHashMap<>();
    final List<Object[]> unchangedFiles = new ArrayList<>();
    final List<Object[]> vanishedFiles = new ArrayList<>();
    /** What happens to committed DUPLICATE_URL rejects naming a keeper, in the order the chunk decided it. */
    final List<KeeperChange> keeperChanges = new ArrayList<>();
    /** Files of this chunk whose reject lost its keeper within the chunk: left pending, read again. */
    final Set<String> reopenedFiles = new LinkedHashSet<>();

    /** The rows one imported article gives, and the update that marks its file imported. */
    record ArticleRows(Object[] article, Object[] body, List<Object[]> speakers, List<Object[]> quotes,
                       List<Object[]> positions, Object[] fileUpdate) {
    }

    /** A reject row and its file's new state; contentHash null keeps the hash on record. */
    record PendingReject(String fileId, String sourceFile, String reason, String detail, String contentHash) {
        PendingReject withDetail(String newDetail) {
            return new PendingReject(fileId, sourceFile, reason, newDetail, contentHash);
        }
    }

    /**
     * Committed DUPLICATE_URL rejects whose detail is {@code oldDetail} get {@code newDetail} (another
     * file took the article), or, when {@code newDetail} is null, their files are pending again (the
     * keeper gave the article up).
     */
    record KeeperChange(String oldDetail, String newDetail) {
    }

    List<Object[]> all(java.util.function.Function<ArticleRows, List<Object[]>> part) {
        List<Object[]> out = new ArrayList<>();
        for (ArticleRows rows : articles.values()) {
            out.addAll(part.apply(rows));
        }
        return out;
    }
}
