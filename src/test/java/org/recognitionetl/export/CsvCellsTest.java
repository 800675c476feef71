package org.recognitionetl.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)",
            "+44 20 7946|'+44 20 7946",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "plain words|plain words",
            "a = b|a = b",
            "'quoted'|'quoted'"})
    void neutralisesCellsThatASpreadsheetWouldEvaluate(String cell, String published) {
        assertThat(CsvCells.neutralise(cell)).isEqualTo(published);
    }

    @org.junit.jupiter.api.Test
    void neutralisesLeadingTabAndCarriageReturn() {
        assertThat(CsvCells.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.neutralise("\rx")).isEqualTo("'\rx");
    }

    @org.junit.jupiter.api.Test
    void publishesNullAsAnEmptyCell() {
        assertThat(CsvCells.neutralise(null)).isEmpty();
    }
}
