package org.recognitionetl.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The child JVMs a test starts with {@link EtlRuns#start}; any still running after the test is killed. */
final class ChildJvms implements AfterEachCallback {
    private final List<Process> children = new ArrayList<>();

    Process start(Path log, String... args) throws IOException {
        Process child = EtlRuns.start(log, args);
        children.add(child);
        return child;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        children.forEach(Process::destroyForcibly);
        children.clear();
    }
}
