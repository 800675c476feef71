package org.recognitionetl.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a published file back record by record, as raw bytes, so that a nightly publish can copy
 * unchanged records byte for byte. A record ends at a line feed outside a quoted value: in a CSV
 * file (values in double quotes, CRLF line ends) a record is a row. Inside quotes a line feed is
 * part of the value, and a doubled quote mark toggles the state twice, so escaped quotes need no
 * special case.
 */
final class RecordScanner implements AutoCloseable {
    private final InputStream in;
    private final byte quote;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] record = new byte[1024];
    private int length;

    RecordScanner(InputStream in, char quote) {
        this.in = in;
        this.quote = (byte) quote;
    }

    /** Reads the next record; false at the end of the file. */
    boolean next() throws IOException {
        length = 0;
        boolean quoted = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return length > 0;
                }
            }
            int start = position;
            int end = -1;
            for (int i = position; i < limit; i++) {
                byte b = buffer[i];
                if (b == quote) {
                    quoted = !quoted;
                } else if (b == '\n' && !quoted) {
                    end = i + 1;
                    break;
                }
            }
            int stop = end < 0 ? limit : end;
            append(start, stop);
            position = stop;
            if (end >= 0) {
                return true;
            }
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        if (length + n > record.length) {
            record = Arrays.copyOf(record, Math.max(record.length * 2, length + n));
        }
        System.arraycopy(buffer, from, record, length, n);
        length += n;
    }

    /** The current record's bytes, with its line end. */
    void copyTo(OutputStream out) throws IOException {
        out.write(record, 0, length);
    }

    /** Whether the current record starts with the given ASCII text. */
    boolean startsWith(String prefix) {
        if (prefix.length() > length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (record[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The current record as text, without its line end. */
    String text() {
        int end = length;
        while (end > 0 && (record[end - 1] == '\n' || record[end - 1] == '\r')) {
            end--;
        }
        return new String(record, 0, end, StandardCharsets.UTF_8);
    }

    /** The value of the CSV field at {@code index} (from 0) of the current record, unquoted. */
    String csvField(int index) {
        int i = 0;
        for (int field = 0; ; field++) {
            StringBuilder value = field == index ? new StringBuilder() : null;
            if (i < length && record[i] == quote) {
                i++;
                int from = i;
                while (i < length) {
                    if (record[i] == quote) {
                        if (i + 1 < length && record[i + 1] == quote) {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    i++;
                }
                if (value != null) {
                    return new String(record, from, i - from, StandardCharsets.UTF_8).replace("\"\"", "\"");
                }
                i++;
            } else {
                int from = i;
                while (i < length && record[i] != ',' && record[i] != '\r' && record[i] != '\n') {
                    i++;
                }
                if (value != null) {
                    return new String(record, from, i - from, StandardCharsets.UTF_8);
                }
            }
            if (i >= length || record[i] != ',') {
                throw new IllegalStateException("the record has no field " + index + ": " + text());
            }
            i++;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
