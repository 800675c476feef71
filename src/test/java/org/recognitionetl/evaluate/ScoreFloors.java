package org.recognitionetl.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The lowest scores the evaluation may show per gold set, from
 * {@code src/test/resources/evaluate/score-floors.properties} (keys {@code <set>.<figure>}).
 */
final class ScoreFloors {
    static final String RESOURCE = "/evaluate/score-floors.properties";

    private final Map<String, Double> floors;

    ScoreFloors(Map<String, Double> floors) {
        this.floors = new TreeMap<>(floors);
    }

    static ScoreFloors load() {
        Properties properties = new Properties();
        try (InputStream in = ScoreFloors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> floors = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            floors.put(key, Double.parseDouble(properties.getProperty(key).trim()));
        }
        return new ScoreFloors(floors);
    }

    /** The floors of one set, by figure name. */
    Map<String, Double> of(String set) {
        Map<String, Double> own = new TreeMap<>();
        floors.forEach((key, floor) -> {
            if (key.startsWith(set + ".")) {
                own.put(key.substring(set.length() + 1), floor);
            }
        });
        return own;
    }

    /** What falls short in a set's score: one line per figure below its floor, and missing articles. */
    List<String> shortfalls(String set, ScoreLine score) {
        List<String> shortfalls = new ArrayList<>();
        of(set).forEach((figure, floor) -> {
            double value = score.value(figure);
            // score.py prints three decimals; the small tolerance only absorbs binary rounding of those
            if (value < floor - 1e-9) {
                shortfalls.add(String.format("%s %s=%.3f is below its floor %.3f", set, figure, value, floor));
            }
        });
        if (score.articlesMissing() != 0) {
            shortfalls.add(set + " articles_missing=" + score.articlesMissing() + ": the job's output lacks gold articles");
        }
        return shortfalls;
    }
}
