package org.recognitionetl.extract;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Word sets for the hand rules; tolerant of repeats so that lists can be extended without care. */
final class Words {
    private Words() {
    }

    static Set<String> set(String... words) {
        return Set.copyOf(new HashSet<>(Arrays.asList(words)));
    }
}
