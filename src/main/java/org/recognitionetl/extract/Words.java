package org.recognitionetl.extract;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word sets for the hand rules; tolerant of repeats so that lists can be extended without care. */
final class Words {
    private Words() {
    }

    static Set<String> set(String... words) {
        return of(Arrays.asList(words));
    }

    /**
     * An unmodifiable hash set: these sets are probed for every word of every article, and a HashSet look-up
     * (mask of a cached hash) is cheaper than the probing of {@code Set.copyOf}'s immutable sets.
     */
    static Set<String> of(java.util.Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** A word-list resource (one word a line, {@code #} comments) as a lower-case {@link #of} set. */
    static Set<String> fromResource(String path) {
        return of(listFromResource(path));
    }

    /** A word-list resource in file order, lower case, for lists where the first match wins. */
    static List<String> listFromResource(String path) {
        return Resources.lines(path, null).stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
