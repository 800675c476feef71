package org.recognitionetl.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every fixture file and every demo article under {@code input/} gives what
 * {@code files/expected/<case>.tsv} says, with and without the windows-1252 fallback.
 */
class FixtureFilesTest {

    private static final ArticleParser WITH_FALLBACK = new ArticleParser();
    private static final ArticleParser WITHOUT_FALLBACK =
            new ArticleParser(new ParserSettings(ParserSettings.DEFAULT_MAX_BYTES, false));

    private static Path resources() throws URISyntaxException {
        return Paths.get(FixtureFilesTest.class.getResource("/files/expected").toURI()).getParent();
    }

    static Stream<Arguments> expectations() throws IOException, URISyntaxException {
        Path files = resources();
        List<Arguments> rows = new ArrayList<>();
        for (String kase : List.of("basic", "rejects", "encodings", "duplicate-url", "sample-input")) {
            Path root = kase.equals("sample-input") ? Paths.get("input") : files.resolve("input").resolve(kase);
            for (String line : Files.readAllLines(files.resolve("expected").resolve(kase + ".tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                rows.add(Arguments.of(kase + "/" + cells[0], root.resolve(cells[0]), cells[1], cells[2], cells[3]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void givesTheExpectedOutcome(String name, Path file, String withFallback, String withoutFallback, String author)
            throws IOException {
        byte[] bytes = Files.readAllBytes(file);

        assertThat(describe(WITH_FALLBACK.parse(bytes, name))).as("with fallback").isEqualTo(withFallback);
        assertThat(describe(WITHOUT_FALLBACK.parse(bytes, name))).as("without fallback").isEqualTo(withoutFallback);
        if (WITH_FALLBACK.parse(bytes, name) instanceof ParseOutcome.Parsed parsed) {
            assertThat(parsed.article().author()).isEqualTo(author);
        }
    }

    @Test
    void givesTwoFilesWithTheSameUrlTheSameArticleId() throws IOException, URISyntaxException {
        Path folder = resources().resolve("input/duplicate-url");
        Article first = article(folder.resolve("a_first.txt"));
        Article second = article(folder.resolve("b_same_url.txt"));

        assertThat(second.articleId()).isEqualTo(first.articleId());
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
    }

    @Test
    void namesEachDemoArticleAfterTheIdOfItsUrl() throws IOException {
        try (Stream<Path> paths = Files.walk(Paths.get("input"))) {
            List<Path> demo = paths.filter(p -> p.getFileName().toString().matches("\\d{3}_[0-9a-f]{16}\\.txt")).toList();
            assertThat(demo).hasSizeGreaterThanOrEqualTo(12);
            for (Path path : demo) {
                String name = path.getFileName().toString();
                assertThat(article(path).articleId()).as(name).isEqualTo(name.substring(4, 20));
            }
        }
    }

    private static Article article(Path path) throws IOException {
        ParseOutcome outcome = WITH_FALLBACK.parse(Files.readAllBytes(path), path.toString());
        assertThat(outcome).as(path.toString()).isInstanceOf(ParseOutcome.Parsed.class);
        return ((ParseOutcome.Parsed) outcome).article();
    }

    private static String describe(ParseOutcome outcome) {
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            return "ARTICLE:" + parsed.article().encoding();
        }
        ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
        return rejected.reason().code();
    }
}
