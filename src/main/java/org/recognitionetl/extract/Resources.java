package org.recognitionetl.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/** Reads the user-extendable data files under {@code extract/} on the classpath. */
final class Resources {
    /** Every data file read so far: their bytes make part of the analysis version. */
    private static final Set<String> READ = new ConcurrentSkipListSet<>();

    private Resources() {
    }

    /** The first 12 hex digits of SHA-256 over the data files read so far, in path order. */
    static String digestOfFilesRead() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String path : READ) {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(path)) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Non-blank lines that are not comments ({@code #}) and not the column header (starting with {@code header}). */
    static List<String> lines(String path, String header) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + path);
        }
        READ.add(path);
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || (header != null && line.startsWith(header))) {
                    continue;
                }
                out.add(stripEnd(line));
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
