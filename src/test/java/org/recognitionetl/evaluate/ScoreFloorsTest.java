package org.recognitionetl.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The floor comparison the evaluation tests rely on can fail, and the floors file is read. */
class ScoreFloorsTest {
    private static final ScoreLine MEASURED = new ScoreLine(0.805, 0.684, 0.917, 0);

    @Test
    void aScoreAtOrAboveEveryFloorPasses() {
        ScoreFloors floors = new ScoreFloors(Map.of("dev.quotes_f1", 0.805, "dev.quote_speaker_f1", 0.600));

        assertThat(floors.shortfalls("dev", MEASURED)).isEmpty();
    }

    @Test
    void aFloorAboveTheMeasuredScoreFails() {
        ScoreFloors floors = new ScoreFloors(Map.of("dev.quotes_f1", 0.806, "dev.positions_f1", 0.900));

        assertThat(floors.shortfalls("dev", MEASURED)).containsExactly("dev quotes_f1=0.805 is below its floor 0.806");
    }

    @Test
    void missingArticlesFailWhateverTheFloors() {
        assertThat(new ScoreFloors(Map.of()).shortfalls("dev", new ScoreLine(1, 1, 1, 2)))
                .singleElement().asString().contains("articles_missing=2");
    }

    @Test
    void floorsOfOtherSetsDoNotApply() {
        ScoreFloors floors = new ScoreFloors(Map.of("other.quotes_f1", 0.99, "dev-2.quotes_f1", 0.99));

        assertThat(floors.shortfalls("dev", MEASURED)).isEmpty();
    }

    @Test
    void aFloorOnAFigureTheScoreLineLacksIsAnError() {
        ScoreFloors floors = new ScoreFloors(Map.of("dev.quotes_recall", 0.5));

        assertThatThrownBy(() -> floors.shortfalls("dev", MEASURED)).hasMessageContaining("quotes_recall");
    }

    @Test
    void theFloorsFileSetsFloorsForEverySetTheEvaluationTestsRun() {
        ScoreFloors floors = ScoreFloors.load();

        assertThat(floors.of("polnear-dev")).containsKeys("quotes_f1", "quote_speaker_f1");
        assertThat(floors.of("recognition-dev")).containsKeys("quotes_f1", "quote_speaker_f1", "positions_f1");
        assertThat(floors.of("samples")).containsEntry("quotes_f1", 1.0).containsEntry("quote_speaker_f1", 1.0)
                .containsEntry("positions_f1", 1.0);
    }

    @Test
    void theScoreLineIsReadFromScorePyOutput() {
        String said = "quotes:      P 0.907 R 0.678 F1 0.776  (gold 1384, system 1035)\n"
                + "SCORE quotes_f1=0.776 quote_speaker_f1=0.727 positions_f1=1.000 articles_missing=0\n";

        assertThat(ScoreLine.find(said)).contains(new ScoreLine(0.776, 0.727, 1.0, 0));
        assertThat(ScoreLine.find("quotes: P 0.9\n")).isEmpty();
    }
}
