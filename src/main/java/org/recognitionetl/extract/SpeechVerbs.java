package org.recognitionetl.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Verbs of saying with their inflections ({@code extract/speech-verbs.txt}). Verbs of mind and naming verbs
 * are left out of the file on purpose, so they never attribute a quote.
 */
final class SpeechVerbs {
    private final Set<String> forms;
    private final Pattern pattern;

    private SpeechVerbs(Set<String> forms) {
        this.forms = forms;
        List<String> sorted = new ArrayList<>(forms);
        // longest first so that "pointed out" wins over a shorter alternative
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.pattern = Pattern.compile("\\b(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList()) + ")\\b");
    }

    static SpeechVerbs withDefaults() {
        Set<String> forms = new HashSet<>();
        for (String line : Resources.lines("extract/speech-verbs.txt", null)) {
            String[] c = line.split("\t", -1);
            forms.add(c[0].strip());
            if (c.length > 1) {
                forms.addAll(Resources.split(c[1]));
            }
        }
        return new SpeechVerbs(Set.copyOf(forms));
    }

    /** Matches any inflected form as a whole word (lower case: sentence-initial "Said" is not an attribution). */
    Pattern pattern() {
        return pattern;
    }

    boolean isForm(String word) {
        return forms.contains(word);
    }
}
