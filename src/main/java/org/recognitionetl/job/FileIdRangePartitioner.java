package org.recognitionetl.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the pending files of the import into ranges of {@code file_id}. A file ID is the first 16
 * hex digits of a SHA-256 hash, so equal ranges of its first four digits hold nearly equal numbers
 * of files whatever the folder layout, and a file stays in the same range on every run. Each range
 * is a worker step of its own: its progress is committed with its chunks, and a restart runs again
 * only the ranges that had not finished.
 */
public class FileIdRangePartitioner implements Partitioner {
    static final String FROM = "fileId.from";
    static final String TO = "fileId.to";
    private static final int SPACE = 0x10000;

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int parts = Math.max(1, Math.min(gridSize, SPACE));
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        for (int i = 0; i < parts; i++) {
            ExecutionContext context = new ExecutionContext();
            FileIdRange range = range(i, parts);
            context.putString(FROM, range.from());
            context.putString(TO, range.to());
            ranges.put(String.format("partition%03d", i), context);
        }
        return ranges;
    }

    /** Range {@code i} of {@code parts}: file IDs from {@code from} (inclusive) to {@code to} (exclusive, "" = no end). */
    static FileIdRange range(int i, int parts) {
        String from = i == 0 ? "" : prefix((long) SPACE * i / parts);
        String to = i == parts - 1 ? "" : prefix((long) SPACE * (i + 1) / parts);
        return new FileIdRange(from, to);
    }

    private static String prefix(long value) {
        return String.format("%04x", value);
    }

    /** A half-open range of file IDs; an empty bound is open. */
    record FileIdRange(String from, String to) {
        static final FileIdRange ALL = new FileIdRange("", "");

        static FileIdRange of(ExecutionContext context) {
            if (!context.containsKey(FROM)) {
                return ALL;
            }
            return new FileIdRange(context.getString(FROM), context.getString(TO));
        }

        boolean contains(String fileId) {
            return fileId.compareTo(from) >= 0 && (to.isEmpty() || fileId.compareTo(to) < 0);
        }
    }
}
