package org.recognitionetl.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the user-extendable data files under {@code extract/} on the classpath. */
final class Resources {
    private Resources() {
    }

    /** Non-blank lines that are not comments ({@code #}) and not the column header (starting with {@code header}). */
    static List<String> lines(String path, String header) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + path);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || (header != null && line.startsWith(header))) {
                    continue;
                }
                out.add(line.strip().isEmpty() ? line : stripEnd(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return out;
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\r')) {
            e--;
        }
        return s.substring(0, e);
    }

    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String p : cell.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
