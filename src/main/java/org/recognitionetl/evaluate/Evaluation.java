package org.recognitionetl.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.recognitionetl.job.ConsoleOutput;
import org.springframework.util.FileSystemUtils;

/**
 * Measures the analysis against a gold file: copies the article files the gold names into a
 * temporary input folder, runs the real job on them (through the launcher the command line gives,
 * so the run is the one users get) and runs the project's yardstick {@code score.py} on the output.
 */
public final class Evaluation {
    /** Marks an output folder as an evaluation's, so a second evaluation may rebuild it. */
    static final String MARKER = ".evaluation";
    private static final Set<String> OWN_FILES = Set.of(MARKER, ".lock");
    private static final long SCORE_TIMEOUT_MINUTES = 10;

    private Evaluation() {
    }

    /**
     * What to evaluate.
     *
     * @param gold        the gold JSONL file
     * @param corpus      the folder the gold's paths are relative to, or null for {@link GoldSet#defaultCorpusRoots}
     * @param scoreScript score.py, or null for score.py beside the gold file or in its parent folder
     * @param output      where the job writes (kept afterwards), or null for a temporary folder removed afterwards
     * @param python      the Python 3 interpreter to run score.py with
     */
    public record Request(Path gold, Path corpus, Path scoreScript, Path output, String python) {
        public Request(Path gold, Path corpus, Path scoreScript, Path output) {
            this(gold, corpus, scoreScript, output, "python3");
        }
    }

    /** Runs the job on an input folder into an output folder and returns the command's exit code (0: completed). */
    @FunctionalInterface
    public interface JobLauncher {
        int launch(Path input, Path output) throws Exception;
    }

    /**
     * Runs the evaluation and prints score.py's output.
     *
     * @return 0 when the job completed and score.py scored it; otherwise the job's exit code
     * @throws EvaluationException when a file is missing, python3 cannot be started or score.py fails
     */
    public static int run(Request request, JobLauncher launcher, ConsoleOutput console) throws Exception {
        GoldSet gold = GoldSet.read(request.gold(),
                request.corpus() == null ? GoldSet.defaultCorpusRoots(request.gold()) : List.of(request.corpus()));
        Path script = scoreScript(request);
        checkPython(request.python(), script);
        if (request.output() != null) {
            claimOutput(request.output(), request.gold());
        }
        Path input = Files.createTempDirectory("recognition-etl-evaluate-input-");
        Path output = request.output() != null ? request.output()
                : Files.createTempDirectory("recognition-etl-evaluate-output-");
        try {
            for (GoldSet.GoldFile file : gold.files()) {
                Path target = GoldSet.target(input, file);
                Files.createDirectories(target.getParent());
                Files.copy(file.source(), target);
            }
            console.progress("evaluate: running the job on the " + gold.files().size() + " article files of "
                    + request.gold().toAbsolutePath().normalize() + " into " + output.toAbsolutePath());
            int code = launcher.launch(input, output);
            if (code != 0) {
                console.error("the job did not complete on the gold's files (exit " + code + "), so nothing was scored; "
                        + "the message above says why");
                return code;
            }
            score(request.python(), script, output, request.gold(), console);
            if (request.output() != null) {
                console.info("evaluate: output kept in " + output.toAbsolutePath() + "; for every miss run python3 "
                        + script + " " + output + " " + request.gold() + " --verbose");
            }
            return 0;
        } finally {
            deleteQuietly(input);
            if (request.output() == null) {
                deleteQuietly(output);
            }
        }
    }

    private static Path scoreScript(Request request) throws EvaluationException {
        if (request.scoreScript() != null) {
            if (!Files.isRegularFile(request.scoreScript())) {
                throw EvaluationException.usage("the score script " + request.scoreScript().toAbsolutePath()
                        + " does not exist; give the path of score.py with --score-script");
            }
            return request.scoreScript();
        }
        Path folder = request.gold().toAbsolutePath().normalize().getParent();
        for (Path candidate : List.of(folder.resolve("score.py"), folder.resolveSibling("score.py"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw EvaluationException.usage("score.py is neither beside the gold file (" + folder.resolve("score.py")
                + ") nor in its parent folder (" + folder.resolveSibling("score.py")
                + "); give its path with --score-script=PATH");
    }

    private static void checkPython(String python, Path script) throws Exception {
        Process version;
        try {
            version = new ProcessBuilder(python, "--version").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw EvaluationException.failure(python + " could not be started (" + e.getMessage() + "); score.py ("
                    + script.toAbsolutePath() + ") needs Python 3: install it or put " + python + " on the PATH");
        }
        String said = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!version.waitFor(1, TimeUnit.MINUTES) || version.exitValue() != 0 || !said.startsWith("Python 3")) {
            version.destroyForcibly();
            throw EvaluationException.failure(python + " --version said '" + said + "', not Python 3; score.py ("
                    + script.toAbsolutePath() + ") needs Python 3 on the PATH as " + python);
        }
    }

    /**
     * An evaluation rebuilds every table of its output folder, so it refuses a folder that holds
     * anything it did not write there itself, such as the store of the nightly runs.
     */
    private static void claimOutput(Path output, Path gold) throws IOException, EvaluationException {
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER))) {
            try (Stream<Path> entries = Files.list(output)) {
                List<String> foreign = entries.map(p -> p.getFileName().toString())
                        .filter(name -> !OWN_FILES.contains(name)).sorted().toList();
                if (!foreign.isEmpty()) {
                    throw EvaluationException.usage("the output folder " + output.toAbsolutePath() + " already holds "
                            + foreign + ", which an evaluation did not write; an evaluation rebuilds every table in "
                            + "its output, so give a new or empty folder with --output (or leave --output out)");
                }
            }
        } else if (Files.exists(output) && !Files.isDirectory(output)) {
            throw EvaluationException.usage(output.toAbsolutePath() + " is a file, not a folder; give a folder with --output");
        }
        Files.createDirectories(output);
        Files.writeString(output.resolve(MARKER), "evaluation output of " + gold.toAbsolutePath().normalize() + "\n",
                StandardCharsets.UTF_8);
    }

    private static void score(String python, Path script, Path output, Path gold, ConsoleOutput console)
            throws Exception {
        Process scorer = new ProcessBuilder(python, script.toString(), output.toString(), gold.toString())
                .redirectErrorStream(true).start();
        String said = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!scorer.waitFor(SCORE_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            scorer.destroyForcibly();
            throw EvaluationException.failure(script + " did not finish within " + SCORE_TIMEOUT_MINUTES + " minutes");
        }
        for (String line : said.split("\\R")) {
            if (!line.isEmpty()) {
                console.info(line);
            }
        }
        if (scorer.exitValue() != 0 || ScoreLine.find(said).isEmpty()) {
            throw EvaluationException.failure(script.toAbsolutePath() + " ended with exit " + scorer.exitValue()
                    + " and " + (ScoreLine.find(said).isEmpty() ? "no SCORE line" : "a SCORE line")
                    + " on the job's output in " + output.toAbsolutePath() + "; its own message is above. Evaluate "
                    + "again with --output=DIR to keep the job's output and look into it");
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the evaluation's result stands
        }
    }
}
