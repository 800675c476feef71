package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job gets the worked example of ANNOTATION.md right, as the project's yardstick score.py measures it. */
class WorkedExampleFunctionalTests {
    @TempDir
    Path work;

    @Test
    void theWorkedExampleScoresFullMarksOnQuotesSpeakersAndPositions() throws Exception {
        Path samples = SharedData.require("eval/samples");
        Path scorer = SharedData.require("eval/score.py");
        Path input = work.resolve("input");
        Files.createDirectories(input);
        Files.copy(samples.resolve("000_9a73c015399860f1.txt"), input.resolve("000_9a73c015399860f1.txt"));
        Path output = work.resolve("output");

        EtlRuns.Result run = EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        String score = score(scorer, output, samples.resolve("gold.jsonl"));

        assertThat(run.exitCode()).isZero();
        assertThat(score).contains("SCORE quotes_f1=1.000 quote_speaker_f1=1.000 positions_f1=1.000 articles_missing=0");
        assertThat(score).contains("article fields: author 1.00, published_date 1.00, source_domain 1.00, title 1.00, url 1.00");
    }

    static String score(Path scorer, Path output, Path gold) throws IOException, InterruptedException {
        Process python = new ProcessBuilder("python3", scorer.toString(), output.toString(), gold.toString(), "--verbose")
                .redirectErrorStream(true).start();
        String text = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return text;
    }
}
