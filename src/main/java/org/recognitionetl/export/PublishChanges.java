package org.recognitionetl.export;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What changed in the store since the files were last published, as the groups of rows to write
 * again ({@link ExportTable.Grouping}); {@link #FULL} writes every file whole.
 *
 * @param full           write every file from the store
 * @param dates          publication dates of articles inserted or deleted
 * @param articles       IDs of the articles whose quotes or positions changed
 */
public record PublishChanges(boolean full, SortedSet<String> dates, SortedSet<String> articles) {
    public static final PublishChanges FULL = new PublishChanges(true, new TreeSet<>(), new TreeSet<>());

    /** The changes of the given articles (IDs) and publication dates (ISO). */
    public static PublishChanges of(Set<String> articleIds, Set<String> dates) {
        return new PublishChanges(false, new TreeSet<>(dates), new TreeSet<>(articleIds));
    }

    /** Whether no article changed: the grouped tables' files stay as they are. */
    public boolean noArticleChanged() {
        return !full && dates.isEmpty() && articles.isEmpty();
    }

    /** The groups of a table to write from the store. */
    SortedSet<String> dirty(ExportTable.Grouping grouping) {
        return switch (grouping) {
            case PUBLISHED_DATE -> dates;
            case ARTICLE -> articles;
            case NONE -> new TreeSet<>();
        };
    }
}
