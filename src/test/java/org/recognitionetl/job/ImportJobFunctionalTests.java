package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Given a fixture folder ({@code src/test/resources/files/input/CASE}), when the job runs on it,
 * then every CSV file equals the reviewed expectation ({@code files/expect/CASE/*.csv}).
 *
 * <p>After a deliberate change of the analysis, regenerate the expectations with
 * {@code mvn test -Dtest=ImportJobFunctionalTests -Dexpect.update=true} and review the diff.
 */
class ImportJobFunctionalTests {
    private static final Path FILES = Path.of("src", "test", "resources", "files");

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"basic", "rejects", "encodings", "duplicate-url", "sample-input"})
    void theJobPublishesTheExpectedCsvFiles(String fixture) throws IOException {
        Path input = fixture.equals("sample-input") ? Path.of("input") : FILES.resolve("input").resolve(fixture);
        Path output = work.resolve("output");

        EtlRuns.Result result = EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Map<String, String> published = EtlRuns.csvFiles(output);
        Path expect = FILES.resolve("expect").resolve(fixture);
        if (Boolean.getBoolean("expect.update")) {
            Files.createDirectories(expect);
            for (Map.Entry<String, String> file : published.entrySet()) {
                Files.writeString(expect.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> expected = Files.list(expect)) {
            for (Path file : expected.sorted().toList()) {
                assertThat(published.get(file.getFileName().toString())).as(file.toString())
                        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(published.keySet()).containsExactlyInAnyOrder("articles.csv", "speakers.csv", "speaker_aliases.csv",
                "quotes.csv", "entities.csv", "recognition_positions.csv", "recognition_latest.csv", "rejects.csv");
    }
}
