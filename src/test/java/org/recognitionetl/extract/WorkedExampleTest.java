package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.recognitionetl.article.Article;

/** The worked example of ANNOTATION.md, read from the shared folder beside the project when it is there. */
class WorkedExampleTest {
    private static final String SAMPLE = "eval/samples/000_9a73c015399860f1.txt";

    private static Path sample() {
        String dir = System.getProperty("shared.dir", "../shared");
        return Path.of(dir).resolve(SAMPLE);
    }

    private static Article read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        List<String> body = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (!l.isBlank()) {
                body.add(l);
            }
        }
        String b = String.join("\n", body);
        Matcher m = Pattern.compile("^By ([^:\\n]{2,100}?): ").matcher(b);
        int bylineEnd = m.find() ? m.end() : 0;
        return new Article("sample", lines[0].strip(), LocalDate.of(2022, 6, 18), lines[2].strip(), "indiatoday.in",
                "Geeta Mohan", file.getFileName().toString(), b, bylineEnd, "", "UTF-8");
    }

    @Test
    void kazakhstanArticle() throws IOException {
        Path file = sample();
        Assumptions.assumeTrue(Files.exists(file), file + " not found (shared absent: skipping)");
        ArticleAnalysis a = Analyzer.withDefaults().analyze(read(file));

        assertThat(a.quotes()).hasSize(3);
        assertThat(a.quotes()).extracting(q -> q.speaker().name()).containsOnly("Kassym-Jomart Tokayev");
        assertThat(a.quotes()).extracting(Quote::text).anyMatch(t -> t.startsWith("Kazakhstan doesnt recognize quasi-state"))
                .anyMatch(t -> t.startsWith("If the right to self-determination") && t.endsWith("that would be chaos"))
                .anyMatch(t -> t.startsWith("Kazakhstan does not recognize Taiwan, Kosovo"));
        assertThat(a.positions()).extracting(p -> p.actor().name() + "|" + p.target().name() + "|" + p.stance())
                .containsExactlyInAnyOrder(
                        "Kazakhstan|Donetsk People's Republic|DOES_NOT_RECOGNIZE",
                        "Kazakhstan|Luhansk People's Republic|DOES_NOT_RECOGNIZE",
                        "Kazakhstan|Taiwan|DOES_NOT_RECOGNIZE",
                        "Kazakhstan|Kosovo|DOES_NOT_RECOGNIZE",
                        "Kazakhstan|South Ossetia|DOES_NOT_RECOGNIZE",
                        "Kazakhstan|Abkhazia|DOES_NOT_RECOGNIZE");
    }
}
