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
    final List<Object[]> articles = new ArrayList<>();
    final List<Object[]> bodies = new ArrayList<>();
    final List<Object[]> articleSpeakers = new ArrayList<>();
    final List<Object[]> quotes = new ArrayList<>();
    final List<Object[]> positions = new ArrayList<>();
    final List<Object[]> rejects = new ArrayList<>();
    final List<Object[]> importedFiles = new ArrayList<>();
    final List<Object[]> rejectedFiles = new ArrayList<>();
    final List<Object[]> unchangedFiles = new ArrayList<>();
    final List<Object[]> vanishedFiles = new ArrayList<>();
    /** Files that lose their article to a duplicate that sorts first: their article_id is cleared. */
    final List<Object[]> filesLosingArticle = new ArrayList<>();
}
