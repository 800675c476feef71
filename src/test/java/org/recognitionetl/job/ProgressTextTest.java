package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.recognitionetl.store.MergeProgress;

/** The progress display as the user reads it: the bar on a terminal, the line in a log. */
class ProgressTextTest {

    @Test
    void theBarShowsTheShareDoneTheCountsTheRateAndTheTimeLeft() {
        ProgressText text = new ProgressText(6_532, 15_565, 2_480.4);

        assertThat(text.bar()).isEqualTo(
                "[############..................] 41% 6,532/15,565 files, 2,480 files/s, 4 s left");
    }

    @Test
    void theLogLineSaysTheSameInWords() {
        ProgressText text = new ProgressText(6_532, 15_565, 2_480.4);

        assertThat(text.line()).isEqualTo("import: 6,532 of 15,565 files (41%), 2,480 files/s, about 4 s left");
    }

    @Test
    void longRunsShowMinutesAndHours() {
        assertThat(new ProgressText(1_000, 1_001_000, 1_000).line()).endsWith("about 16 min 40 s left");
        assertThat(new ProgressText(0, 10_000_000, 1_000).bar())
                .startsWith("[..............................] 0% 0/10,000,000 files")
                .endsWith("2 h 46 min left");
    }

    @Test
    void beforeAnyRateTheTimeLeftIsUnknownAndNothingToDoIsDone() {
        assertThat(new ProgressText(0, 500, 0).line()).endsWith("0 files/s, about ? s left");
        assertThat(new ProgressText(0, 0, 0).bar()).startsWith("[" + "#".repeat(30) + "] 100% 0/0 files");
    }

    @Test
    void filesReadAgainInTheSecondPassNeverPushThePastTheEnd() {
        ProgressText text = new ProgressText(1_010, 1_000, 500);

        assertThat(text.percent()).isEqualTo(100);
        assertThat(text.bar()).startsWith("[" + "#".repeat(30) + "] 100% 1,010/1,000 files").endsWith(" 0 s left");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndOtherOutputStartsOnANewLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleOutput console = new ConsoleOutput(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true, true);

        console.progressBar("[##....] 40% long text");
        console.progressBar("[###...] 60% short");
        console.progress("publish: writing");

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\r[##....] 40% long text\r[###...] 60% short    \npublish: writing\n");
    }

    @Test
    void quietShowsNeitherBarNorLines() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ConsoleOutput console = new ConsoleOutput(System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
                false, true);

        console.progressBar("[##....] 40%");
        console.progress("import: 1 of 2 files");

        assertThat(console.terminal()).isFalse();
        assertThat(err.size()).isZero();
    }

    @Test
    void theFullPublishsMergeSaysHowManyNamesAndMentionsAreDoneAndTheTimeLeftFromTheMentions() {
        // a quarter of the mentions merged in 60 s: three quarters take another 180 s
        MergeProgress done = new MergeProgress(1_200, 4_800, 250_000, 1_000_000, 9_000);

        assertThat(ProgressText.mergeLine(done, 60)).isEqualTo("publish: merging speakers: 1,200 of 4,800 names, "
                + "250,000 of 1,000,000 mentions (25%), 9,000 articles re-pointed, about 3 min 00 s left");
        assertThat(ProgressText.mergeLine(new MergeProgress(0, 10, 0, 500, 0), 1)).endsWith("about ? s left");
    }

    @Test
    void aFullPublishSaysWhenEachFileIsWrittenWithItsRowsAndTime() {
        assertThat(ProgressText.fileLine("csv/quotes.csv", 14_377_049, 192.4))
                .isEqualTo("publish: csv/quotes.csv written, 14,377,049 rows in 3 min 12 s");
    }
}
