package org.recognitionetl.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void givesAFixedUrlAlwaysTheSameKnownId() {
        // sha256("https://www.example.org/world/2024/03/15/recognition-vote") starts 3f589b75aba6296c
        assertThat(ArticleIds.articleId("https://www.example.org/world/2024/03/15/recognition-vote"))
                .isEqualTo("3f589b75aba6296c");
    }

    @Test
    void trimsTheUrlBeforeHashing() {
        assertThat(ArticleIds.articleId("  https://www.example.org/world/2024/03/15/recognition-vote \t"))
                .isEqualTo("3f589b75aba6296c");
    }

    @Test
    void givesDifferentUrlsDifferentIds() {
        assertThat(ArticleIds.articleId("https://example.org/a")).isNotEqualTo(ArticleIds.articleId("https://example.org/b"));
    }

    @Test
    void hashesPartsJoinedByTheUnitSeparator() {
        // sha256("quote\u001F42\u001Fhello") starts 5d5d3cd27def7d89
        assertThat(ArticleIds.hash16("quote", "42", "hello")).isEqualTo("5d5d3cd27def7d89");
    }

    @Test
    void keepsPartBoundariesApart() {
        assertThat(ArticleIds.hash16("ab", "c")).isNotEqualTo(ArticleIds.hash16("a", "bc"));
    }

    @Test
    void refusesNullPartsAndAnEmptyPartList() {
        assertThatThrownBy(() -> ArticleIds.hash16("a", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(ArticleIds::hash16).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesContentHashesAsLowercaseHexSha256() {
        assertThat(ArticleIds.sha256Hex("".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
