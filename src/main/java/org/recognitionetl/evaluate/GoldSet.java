package org.recognitionetl.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The article files a gold JSONL file names (its {@code "file"} fields), found under the corpus
 * folders. A file is looked for under each folder in turn; the first that has it wins.
 *
 * @param gold  the gold file
 * @param files each named file once, in the gold's order
 */
public record GoldSet(Path gold, List<GoldFile> files) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MISSING_SHOWN = 3;

    /**
     * One article file of the gold.
     *
     * @param named  the path as the gold writes it, relative to the corpus
     * @param source where it was found
     */
    public record GoldFile(String named, Path source) {
    }

    public GoldSet {
        files = List.copyOf(files);
    }

    /** The folders a gold's paths are resolved against when no corpus is given. */
    public static List<Path> defaultCorpusRoots(Path gold) {
        Path folder = gold.toAbsolutePath().normalize().getParent();
        // ../shared/eval/x.jsonl names files under ../shared/corpus; eval/samples/gold.jsonl names files beside it
        return List.of(folder.resolveSibling("corpus"), folder);
    }

    public static GoldSet read(Path gold, List<Path> corpusRoots) throws EvaluationException {
        if (!Files.isRegularFile(gold)) {
            throw EvaluationException.usage("gold file " + gold.toAbsolutePath() + " does not exist or is not a file; "
                    + "give a JSONL gold file with --evaluate, such as ../shared/eval/recognition-dev.jsonl");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw EvaluationException.usage("cannot read the gold file " + gold.toAbsolutePath() + ": " + e.getMessage()
                    + "; check its permissions and that it is UTF-8 text");
        }
        Map<String, GoldFile> files = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String named = fileField(gold, i + 1, lines.get(i));
            if (files.containsKey(named) || missing.contains(named)) {
                continue;
            }
            Path found = find(named, corpusRoots);
            if (found == null) {
                missing.add(named);
            } else {
                files.put(named, new GoldFile(named, found));
            }
        }
        if (!missing.isEmpty()) {
            throw EvaluationException.usage(missing.size() + " of " + (files.size() + missing.size())
                    + " article files the gold file " + gold.toAbsolutePath() + " names are not under "
                    + corpusRoots.stream().map(p -> p.toAbsolutePath().normalize().toString())
                            .collect(Collectors.joining(" or "))
                    + " (for example " + String.join(", ", missing.subList(0, Math.min(MISSING_SHOWN, missing.size())))
                    + "); give the folder the gold's paths are relative to with --corpus=DIR");
        }
        if (files.isEmpty()) {
            throw EvaluationException.usage("the gold file " + gold.toAbsolutePath() + " names no article files; "
                    + "give a gold file with one JSON object per line, each with a \"file\" field");
        }
        return new GoldSet(gold, new ArrayList<>(files.values()));
    }

    private static String fileField(Path gold, int lineNumber, String line) throws EvaluationException {
        JsonNode file;
        try {
            file = JSON.readTree(line).get("file");
        } catch (JsonProcessingException e) {
            file = null;
        }
        if (file == null || !file.isTextual() || file.asText().isBlank()) {
            throw EvaluationException.usage("line " + lineNumber + " of the gold file " + gold.toAbsolutePath()
                    + " is not a JSON object with a \"file\" field; a gold file has one such object per line");
        }
        return file.asText();
    }

    private static Path find(String named, List<Path> roots) {
        for (Path root : roots) {
            Path candidate = root.resolve(named);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Where a file goes in the evaluation's input folder: the gold's relative path when it stays
     * inside the folder, so {@code source_file} in the output reads like the gold, else the file name.
     */
    static Path target(Path input, GoldFile file) {
        Path relative = Path.of(file.named()).normalize();
        if (relative.isAbsolute() || relative.startsWith("..")) {
            return input.resolve(file.source().getFileName());
        }
        return input.resolve(relative);
    }
}
