package org.recognitionetl.job;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The evaluation data beside the repository ({@code ../shared}, or {@code -Dshared.dir=...}).
 * Tests that need it skip with a message saying so when it is absent, as in a user's fresh clone.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path dir() {
        String configured = System.getProperty("shared.dir");
        return configured != null ? Path.of(configured) : Path.of("..", "shared").toAbsolutePath().normalize();
    }

    /** The path under the shared directory; skips the calling test when it is not there. */
    public static Path require(String relative) {
        Path path = dir().resolve(relative);
        boolean present = Files.exists(path);
        if (!present) {
            System.out.println("SKIPPED: " + path + " is absent (../shared is not beside this clone); "
                    + "the test that needs it does not run");
        }
        assumeTrue(present, () -> path + " is absent: ../shared is not beside this clone, skipping");
        return path;
    }
}
