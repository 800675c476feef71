package org.recognitionetl.evaluate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary line score.py prints last:
 * {@code SCORE quotes_f1=0.776 quote_speaker_f1=0.727 positions_f1=1.000 articles_missing=0}.
 *
 * @param quotesF1        quote detection F1
 * @param quoteSpeakerF1  F1 of quotes found with the right speaker
 * @param positionsF1     recognition-position F1 (1.000 when neither gold nor output has any)
 * @param articlesMissing gold articles the output does not contain
 */
public record ScoreLine(double quotesF1, double quoteSpeakerF1, double positionsF1, int articlesMissing) {
    private static final Pattern LINE = Pattern.compile("^SCORE quotes_f1=([0-9.]+) quote_speaker_f1=([0-9.]+) "
            + "positions_f1=([0-9.]+) articles_missing=([0-9]+)\\s*$", Pattern.MULTILINE);

    /** The SCORE line in score.py's output, if it printed one. */
    public static Optional<ScoreLine> find(String scoreOutput) {
        Matcher m = LINE.matcher(scoreOutput);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ScoreLine(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)), Integer.parseInt(m.group(4))));
    }

    /** The value of one of the line's figures by its name in the line ({@code quotes_f1}, ...). */
    public double value(String name) {
        switch (name) {
            case "quotes_f1":
                return quotesF1;
            case "quote_speaker_f1":
                return quoteSpeakerF1;
            case "positions_f1":
                return positionsF1;
            case "articles_missing":
                return articlesMissing;
            default:
                throw new IllegalArgumentException("score.py's SCORE line has no figure '" + name
                        + "'; it has quotes_f1, quote_speaker_f1, positions_f1 and articles_missing");
        }
    }
}
