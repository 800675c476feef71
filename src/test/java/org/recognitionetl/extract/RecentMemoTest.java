package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The memo answers as the function, keeps what recurs across turn-overs and holds at most two generations. */
class RecentMemoTest {
    private final List<String> computed = new ArrayList<>();
    private final Function<String, Integer> length = k -> {
        computed.add(k);
        return k.length();
    };

    @Test
    void answersAsTheFunctionAndComputesEachKeyOnce() {
        RecentMemo<String, Integer> memo = new RecentMemo<>(10);
        assertThat(memo.get("alpha", length)).isEqualTo(5);
        assertThat(memo.get("alpha", length)).isEqualTo(5);
        assertThat(memo.get("be", length)).isEqualTo(2);
        assertThat(computed).containsExactly("alpha", "be");
    }

    @Test
    void keyAskedForInEveryGenerationSurvivesTurnOvers() {
        RecentMemo<String, Integer> memo = new RecentMemo<>(3);
        memo.get("famous name", length);
        for (int round = 0; round < 20; round++) {
            for (int k = 0; k < 3; k++) {
                memo.get("rare " + round + "/" + k, length);
            }
            memo.get("famous name", length);
        }
        assertThat(computed).filteredOn("famous name"::equals).hasSize(1);
    }

    @Test
    void keyNotAskedForDuringTwoGenerationsIsDropped() {
        RecentMemo<String, Integer> memo = new RecentMemo<>(2);
        memo.get("once", length);
        for (int k = 0; k < 6; k++) {
            memo.get("filler " + k, length);
        }
        memo.get("once", length);
        assertThat(computed).filteredOn("once"::equals).hasSize(2);
    }

    @Test
    void holdsAtMostTwoGenerations() {
        RecentMemo<String, Integer> memo = new RecentMemo<>(50);
        for (int k = 0; k < 10_000; k++) {
            memo.get("key " + k, length);
            assertThat(memo.size()).isLessThanOrEqualTo(2 * 51);
        }
    }

    @Test
    void concurrentCallersGetTheFunctionsValues() throws InterruptedException {
        RecentMemo<String, Integer> memo = new RecentMemo<>(64);
        AtomicInteger wrong = new AtomicInteger();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int seed = t;
            threads[t] = new Thread(() -> {
                for (int k = 0; k < 20_000; k++) {
                    String key = "x".repeat((k * 7 + seed) % 300);
                    if (memo.get(key, String::length) != key.length()) {
                        wrong.incrementAndGet();
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(wrong).hasValue(0);
        assertThat(memo.size()).isLessThanOrEqualTo(2 * (64 + 2 * threads.length));
    }
}
