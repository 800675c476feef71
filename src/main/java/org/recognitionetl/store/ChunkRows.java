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
    final List<Object[]> rejects = new ArrayList<>();
    final List<Object[]> rejectedFiles = new ArrayList<>();
    final List<Object[]> unchangedFiles = new ArrayList<>();
    final List<Object[]> vanishedFiles = new ArrayList<>();

    /** The rows one imported article gives, and the update that marks its file imported. */
    record ArticleRows(Object[] article, Object[] body, List<Object[]> speakers, List<Object[]> quotes,
                       List<Object[]> positions, Object[] fileUpdate) {
    }

    List<Object[]> all(java.util.function.Function<ArticleRows, List<Object[]>> part) {
        List<Object[]> out = new ArrayList<>();
        for (ArticleRows rows : articles.values()) {
            out.addAll(part.apply(rows));
        }
        return out;
    }
}
