package org.recognitionetl.discover;

/**
 * A file found under an input root.
 *
 * @param sourceRoot     the input root, absolute and normalised
 * @param sourceFile     the path relative to the root, {@code /}-separated
 * @param sizeBytes      size in bytes (of the link's target for a symbolic link)
 * @param modifiedMillis last-modified time in epoch milliseconds
 */
public record DiscoveredFile(String sourceRoot, String sourceFile, long sizeBytes, long modifiedMillis) {
}
