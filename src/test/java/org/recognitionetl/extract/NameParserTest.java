package org.recognitionetl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameParserTest {
    private static final NameParser PARSER = new NameParser(Gazetteer.load(), Titles.withDefaults());

    @Test
    void aNameAfterALowerCaseDescriptionIsThePerson() {
        NameParser.Parsed p = PARSER.parse("Harbour Council spokeswoman Ilse Varga");
        assertThat(p.name()).isEqualTo("Ilse Varga");
        assertThat(p.title()).isEqualTo("Spokeswoman");
        assertThat(p.organisation()).isFalse();
        assertThat(PARSER.parse("the celebrated novelist Orso Lindqvist").name()).isEqualTo("Orso Lindqvist");
    }

    @Test
    void aTrailingOfPhraseIsNotPartOfTheName() {
        assertThat(PARSER.parse("Senator Mara Oyelaran of Vermont").name()).isEqualTo("Mara Oyelaran");
        assertThat(PARSER.parse("Tomas Reiher for the Granary Institute").name()).isEqualTo("Tomas Reiher");
        NameParser.Parsed p = PARSER.parse("the foreign minister of France");
        assertThat(p.name()).isEmpty();
        assertThat(p.title()).isEqualTo("Foreign Minister");
        assertThat(p.affiliation()).isEqualTo(new Entity("France", EntityKind.STATE));
    }

    @Test
    void aNameAfterAnOrganisationAndTitleIsThePerson() {
        assertThat(PARSER.parse("Ranking Member of the Orchard Committee Pia Selander").name()).isEqualTo("Pia Selander");
        assertThat(PARSER.parse("Dockworkers Union Chairman Ravi Okafor").name()).isEqualTo("Ravi Okafor");
    }

    @Test
    void titlesOpeningTheNameAreStripped() {
        NameParser.Parsed p = PARSER.parse("harbour police Chief Odile Brandt");
        assertThat(p.name()).isEqualTo("Odile Brandt");
        assertThat(p.title()).isEqualTo("Police Chief");
        assertThat(PARSER.parse("of former President Lenn Acosta").name()).isEqualTo("Lenn Acosta");
    }

    @Test
    void shoutedPageFurnitureIsNotPartOfTheName() {
        assertThat(PARSER.parse("CLICK HERE Lenn Acosta").name()).isEqualTo("Lenn Acosta");
        assertThat(PARSER.parse("MARKETS CLOSE HIGHER ON FRIDAY").name()).isEmpty();
    }

    @Test
    void institutionsWithAnOfPhraseStayOrganisations() {
        assertThat(PARSER.parse("the Bank of Freedonia").organisation()).isTrue();
        assertThat(PARSER.parse("the Orchard Growers Community of the Valley").organisation()).isTrue();
    }

    @Test
    void aTitleInsideAnOrganisationPhraseEndsTheName() {
        NameParser.Parsed p = PARSER.parse("Senate Fisheries Chairman Orm Tallis");
        assertThat(p.name()).isEqualTo("Orm Tallis");
        assertThat(p.title()).isEqualTo("Chairman");
    }

    @Test
    void capitalisedWordsAfterAnArticleAreNoPersonsName() {
        assertThat(PARSER.parse("the Committee for a Sound Harbour Budget").organisation()).isTrue();
    }

    @Test
    void lowerCaseParticlesInsideANameBelongToIt() {
        assertThat(PARSER.parse("Karim bin Tallal").name()).isEqualTo("Karim bin Tallal");
        assertThat(PARSER.parse("Marsh Guild Chair Ottilie van der Brook").name()).isEqualTo("Ottilie van der Brook");
        assertThat(PARSER.parse("Deputy Mayor Yusuf al-Kandari").name()).isEqualTo("Yusuf al-Kandari");
        NameParser.Parsed p = PARSER.parse("Freedonian Crown Prince Rashid bin Omar");
        assertThat(p.name()).isEqualTo("Rashid bin Omar");
        assertThat(p.title()).isEqualTo("Crown Prince");
        // a particle never ends a name
        assertThat(PARSER.parse("Rashid bin").name()).isNotEqualTo("Rashid bin");
    }
}
