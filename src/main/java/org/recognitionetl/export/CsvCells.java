package org.recognitionetl.export;

/**
 * Neutralises cells that a spreadsheet would run as a formula (OWASP "CSV injection"): a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which
 * spreadsheets show as text and do not evaluate.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
