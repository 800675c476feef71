package org.recognitionetl.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recognitionetl.job.EtlRuns;
import org.recognitionetl.job.SharedData;

/**
 * The analysis stays at or above the score floors of {@code evaluate/score-floors.properties} on
 * the development gold sets of {@code ../shared/eval}, measured by {@code --evaluate} (the real job
 * and score.py). Skips, saying so, when {@code ../shared} is absent.
 */
class EvaluationFunctionalTests {
    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "samples, eval/samples/gold.jsonl",
            "recognition-dev, eval/recognition-dev.jsonl",
            "polnear-dev, eval/polnear-dev.jsonl"})
    void theScoreOfAGoldSetStaysAtOrAboveItsFloors(String set, String goldPath) {
        Path gold = SharedData.require(goldPath);

        EtlRuns.Result run = EtlRuns.run("--evaluate=" + gold, "--output=" + work.resolve(set), "--quiet");

        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        ScoreLine score = ScoreLine.find(run.out())
                .orElseThrow(() -> new AssertionError("no SCORE line in the evaluation's output:\n" + run.out()));
        System.out.println("evaluation " + set + ": " + score);
        List<String> shortfalls = ScoreFloors.load().shortfalls(set, score);
        assertThat(shortfalls).as("scores below the floors of %s (score.py said:%n%s)", ScoreFloors.RESOURCE, run.out())
                .isEmpty();
    }
}
