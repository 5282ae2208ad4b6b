package org.prossima.api.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV files the service writes for spreadsheets (RFC 4180, comma-separated, a header row). A cell that a spreadsheet
 * would read as a formula — starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return — is
 * written with a leading apostrophe, so a value that came from someone's input (an id, a name, a sentence) can never
 * run as a formula in the coordinator's spreadsheet (CSV injection).
 */
public final class CsvExport {

    /** The media type of the files, with the charset spreadsheets need to read accents. */
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private final StringBuilder text = new StringBuilder();

    public CsvExport(List<String> header) {
        row(header);
    }

    /** Adds a row; null cells are empty. */
    public CsvExport row(List<?> cells) {
        text.append(cells.stream().map(c -> cell(c == null ? "" : c.toString())).collect(Collectors.joining(",")))
                .append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** One cell, neutralised when a spreadsheet would take it for a formula, quoted when it needs to be. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
