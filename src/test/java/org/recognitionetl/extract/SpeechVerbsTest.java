package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-text index of speech verbs answers every range as a fresh scan of that range would, also where the
 * range ends inside a word or inside a verb's particle ("pointed ou|t") or starts inside a word.
 */
class SpeechVerbsTest {
    private final SpeechVerbs verbs = SpeechVerbs.withDefaults();

    private static final List<String> TEXTS = List.of(
            "The clerk said that the fund, she argued, was empty; critics pointed out that nobody called for it.",
            "Officials insisted on calm.Reporters unsaid nothing, saying\u00e9 said2 said, \u201cwe asked\u201d and commented upon it",
            "saysaid said\nnoted   warned ou warned out warned outer called on called upon calledupon said",
            "x said");

    @Test
    void everyRangeAnswersLikeAFreshScan() {
        for (String text : TEXTS) {
            // alternate texts so that the per-thread index is rebuilt as well as reused
            for (String other : TEXTS) {
                verbs.find(other, 0, other.length());
                for (int from = 0; from <= text.length(); from++) {
                    for (int to = from; to <= text.length(); to++) {
                        List<SpeechVerbs.Hit> fresh = verbs.scanned(text, from, to);
                        assertThat(verbs.find(text, from, to)).as("%s [%d, %d)", text, from, to).isEqualTo(fresh);
                        assertThat(verbs.first(text, from, to)).isEqualTo(fresh.isEmpty() ? null : fresh.get(0));
                        assertThat(verbs.last(text, from, to))
                                .isEqualTo(fresh.isEmpty() ? null : fresh.get(fresh.size() - 1));
                    }
                }
            }
        }
    }

    @Test
    void findsParticlesAndWholeWordsOnly() {
        String text = "She pointed out that he said so, unsaid.";
        assertThat(verbs.find(text, 0, text.length())).extracting(SpeechVerbs.Hit::form)
                .containsExactly("pointed out", "said");
    }
}
