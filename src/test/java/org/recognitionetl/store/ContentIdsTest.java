package org.recognitionetl.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentIdsTest {

    @Test
    void entityIdsAreReadableSlugsOfTheCanonicalName() {
        assertThat(ContentIds.entityId("Donetsk People's Republic")).isEqualTo("donetsk-peoples-republic");
        assertThat(ContentIds.entityId("Côte d’Ivoire")).isEqualTo("cote-divoire");
        assertThat(ContentIds.entityId("Korea, South")).isEqualTo("korea-south");
    }

    @Test
    void speakerIdsIgnoreCaseSpacingAndApostropheStyle() {
        assertThat(ContentIds.speakerId("Beto O’Rourke")).isEqualTo(ContentIds.speakerId("beto  o'rourke"));
        assertThat(ContentIds.speakerId("Kassym-Jomart Tokayev")).isNotEqualTo(ContentIds.speakerId("Tokayev"));
    }

    @Test
    void idsAreTheSameOnEveryRunAndMachine() {
        // fixed values: a change here renumbers every published row, so it must be deliberate
        assertThat(ContentIds.speakerId("Kassym-Jomart Tokayev")).isEqualTo("6d44649233156241");
        assertThat(ContentIds.quoteId("7ea22417f447d9f9", 10, 42)).isEqualTo("f81bdb511ecd1562");
        assertThat(ContentIds.positionId("7ea22417f447d9f9", "kazakhstan", "kosovo", "DOES_NOT_RECOGNIZE"))
                .isEqualTo("5ba65526b5828b49");
    }

    @Test
    void quoteIdsDifferByArticleAndSpan() {
        assertThat(ContentIds.quoteId("a", 1, 5)).isNotEqualTo(ContentIds.quoteId("a", 1, 6))
                .isNotEqualTo(ContentIds.quoteId("b", 1, 5));
    }
}
