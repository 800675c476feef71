package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file ends as an article or a reject row; a bad file never stops the run or loses a good one. */
class RejectsFunctionalTests {
    @TempDir
    Path work;

    @Test
    void aSymlinkLeadingOutOfTheInputsIsRejectedUnreadAndTheGoodFilesAreImported() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 3);
        Path secret = work.resolve("elsewhere/secret.txt");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "Secret\n20240101\nhttps://example.org/secret\nPrivate words.\n");
        Files.createSymbolicLink(input.resolve("link.txt"), secret);
        Path output = work.resolve("output");

        EtlRuns.Result result = EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(EtlRuns.rows(output, "rejects")).singleElement().asString()
                .startsWith("link.txt,OUTSIDE_ROOT,").contains("was not read");
        assertThat(EtlRuns.rows(output, "articles")).hasSize(3).noneMatch(row -> row.contains("secret"));
    }

    @Test
    void twoFilesWithOneUrlGiveOneArticleAndADuplicateReject() throws Exception {
        Path input = work.resolve("input");
        Files.createDirectories(input);
        String article = "Same story\n20240101\nhttps://example.org/same\nA body long enough to be an article.\n";
        Files.writeString(input.resolve("b.txt"), article);
        Files.writeString(input.resolve("a.txt"), article.replace("A body", "The body"));
        Path output = work.resolve("output");

        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");

        assertThat(EtlRuns.rows(output, "articles")).singleElement().asString().contains(",a.txt,");
        assertThat(EtlRuns.rows(output, "rejects")).singleElement().asString()
                .startsWith("b.txt,DUPLICATE_URL,\"same URL as a.txt, which keeps the article");
    }

    @Test
    void aDuplicateThatArrivesLaterButSortsFirstTakesOverTheArticle() throws Exception {
        Path input = work.resolve("input");
        Files.createDirectories(input);
        String article = "Same story\n20240101\nhttps://example.org/same\nA body long enough to be an article.\n";
        Files.writeString(input.resolve("b.txt"), article);
        Path output = work.resolve("output");
        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        Files.writeString(input.resolve("a.txt"), article.replace("A body", "The body"));

        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet");
        Path once = work.resolve("once");
        EtlRuns.run("--input=" + input, "--output=" + once, "--quiet");

        assertThat(EtlRuns.csvFiles(output)).isEqualTo(EtlRuns.csvFiles(once));
        assertThat(EtlRuns.rows(output, "articles")).singleElement().asString().contains(",a.txt,");
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedWithTheLimitInTheDetail() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 2);
        Files.writeString(input.resolve("huge.txt"), "Huge\n20240101\nhttps://example.org/huge\n" + "word ".repeat(500) + "\n");
        Path output = work.resolve("output");

        EtlRuns.run("--input=" + input, "--output=" + output, "--quiet", "--max-file-size=1KB");

        assertThat(EtlRuns.rows(output, "rejects")).singleElement().asString()
                .startsWith("huge.txt,TOO_LARGE,").contains("--max-file-size");
        assertThat(EtlRuns.rows(output, "articles")).hasSize(2);
    }

    @Test
    void hiddenFilesAndOtherExtensionsAreNotInput() throws Exception {
        Path input = work.resolve("input");
        SyntheticCorpus.write(input, 2);
        Files.writeString(input.resolve(".draft.txt"), "x");
        Files.writeString(input.resolve("NOTES.md"), "x");
        Path output = work.resolve("output");

        EtlRuns.Result result = EtlRuns.run("--input=" + input, "--output=" + output);

        assertThat(result.out()).contains("files: 2 seen");
        assertThat(EtlRuns.rows(output, "rejects")).isEmpty();
    }
}
