package org.recognitionetl.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo that keeps what recurs. Entries go into a young generation; when it fills, it
 * becomes the old generation and the previous old one is dropped. A hit in the old generation copies the entry
 * back into the young one, so a value asked for at least once per generation survives every turn-over, where
 * clearing the whole map at a cap lost the recurring names along with the rare ones. At most two generations
 * are held, so memory stays bounded on big archives. Values must be pure functions of their keys: a look-up that
 * races a turn-over may miss and compute the value again, which only costs time.
 */
final class RecentMemo<K, V> {
    private final int generationSize;
    private volatile ConcurrentHashMap<K, V> young = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<K, V> old = new ConcurrentHashMap<>();

    RecentMemo(int generationSize) {
        if (generationSize < 1) {
            throw new IllegalArgumentException("generation size must be positive: " + generationSize);
        }
        this.generationSize = generationSize;
    }

    /** The memoised value for the key, computed by {@code compute} (which must not return null) when absent. */
    V get(K key, Function<? super K, ? extends V> compute) {
        ConcurrentHashMap<K, V> y = young;
        V v = y.get(key);
        if (v != null) {
            return v;
        }
        v = old.get(key);
        if (v == null) {
            v = compute.apply(key);
        }
        y.put(key, v);
        if (y.size() > generationSize) {
            turnOver(y);
        }
        return v;
    }

    /** Number of entries held in both generations (for tests). */
    int size() {
        return young.size() + old.size();
    }

    private synchronized void turnOver(ConcurrentHashMap<K, V> full) {
        if (young == full) { // another thread may have turned it over already
            old = full;
            young = new ConcurrentHashMap<>();
        }
    }
}
