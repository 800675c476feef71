package org.recognitionetl.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given published files, when a publish keeps their previous versions and replaces them, then each
 * file holds its new version, the previous one is gone once released and waited for, and nothing is
 * left beside the files; a previous version left by a stopped run is deleted by the next publish.
 */
class PreviousVersionsTest {
    @TempDir
    Path dir;

    @Test
    void aReplacedFileHoldsItsNewVersionAndItsPreviousOneIsDeletedAfterwards() throws Exception {
        Path quotes = dir.resolve("quotes.csv");
        Path absent = dir.resolve("rejects.csv");
        Files.writeString(quotes, "old rows\r\n");

        PreviousVersions versions = PreviousVersions.keep(List.of(quotes, absent));
        assertThat(Files.isSameFile(PreviousVersions.previousOf(quotes), quotes)).as("the same file, a second name").isTrue();
        AtomicFile.write(quotes, writer -> writer.write("new rows\r\n"));
        assertThat(Files.readString(PreviousVersions.previousOf(quotes))).as("kept until released").isEqualTo("old rows\r\n");
        versions.release(quotes);

        assertThat(versions.awaitDeleted()).isEmpty();
        assertThat(Files.readString(quotes)).isEqualTo("new rows\r\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("quotes.csv");
        }
    }

    @Test
    void aPreviousVersionLeftByAStoppedRunIsDeletedByTheNextPublish() throws Exception {
        Path articles = dir.resolve("articles.csv");
        Files.writeString(articles, "current\r\n");
        Files.writeString(PreviousVersions.previousOf(articles), "left by a run killed during its publish\r\n");

        PreviousVersions versions = PreviousVersions.keep(List.of(articles));

        assertThat(Files.readString(PreviousVersions.previousOf(articles))).isEqualTo("current\r\n");
        assertThat(versions.awaitDeleted()).as("released unreplaced: only the second name goes").isEmpty();
        assertThat(Files.readString(articles)).isEqualTo("current\r\n");
        assertThat(PreviousVersions.previousOf(articles)).doesNotExist();
    }
}
