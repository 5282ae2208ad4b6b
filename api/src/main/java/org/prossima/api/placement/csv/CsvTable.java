package org.prossima.api.placement.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.prossima.api.error.InvalidCsvException;
import org.prossima.api.error.RowProblem;

/**
 * A CSV file as spreadsheets save it (RFC 4180): UTF-8 (a byte-order mark is skipped), cells
 * separated by commas, a cell in double quotes may hold commas, line breaks and doubled quotes
 * ({@code ""}). The first row is the header. Rows are numbered as a spreadsheet numbers them: the
 * header is row 1. Rows whose cells are all empty are skipped.
 *
 * @param header  the header's cells, trimmed
 * @param records the data rows
 */
public record CsvTable(List<String> header, List<Record> records) {

    /** A data row: its number and its cells, in the header's order. */
    public record Record(int row, List<String> cells) {
    }

    public static CsvTable parse(byte[] body) {
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> rows = new Parser(text).rows();
        if (rows.isEmpty()) {
            throw new InvalidCsvException(List.of(new RowProblem(1, null, null, "the file is empty",
                    "the first row is the header, one data row follows per line")));
        }
        List<String> header = rows.getFirst().cells().stream().map(String::strip).toList();
        List<Record> records = rows.subList(1, rows.size()).stream()
                .filter(r -> r.cells().stream().anyMatch(c -> !c.isBlank())).toList();
        return new CsvTable(header, records);
    }

    /** The file's text; bytes that are not UTF-8 are a problem naming the line they are on. */
    private static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += body[i] == '\n' ? 1 : 0;
            }
            throw new InvalidCsvException(List.of(new RowProblem(line, null, null, "line " + line + " is not "
                    + "UTF-8 text (byte " + (in.position() + 1) + " of the file)", "save the file as \"CSV UTF-8\" "
                    + "(comma-separated) from the spreadsheet")));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static final class Parser {

        private final String text;
        private int at;
        private int row = 1;

        Parser(String text) {
            this.text = text;
        }

        List<Record> rows() {
            List<Record> rows = new ArrayList<>();
            while (at < text.length()) {
                int startRow = row;
                rows.add(new Record(startRow, record(startRow)));
                row++;
            }
            return rows;
        }

        /** One record, up to and including its line break. */
        private List<String> record(int startRow) {
            List<String> cells = new ArrayList<>();
            while (true) {
                cells.add(cell(startRow));
                if (at >= text.length()) {
                    return cells;
                }
                char c = text.charAt(at++);
                if (c == ',') {
                    continue;
                }
                if (c == '\r' && at < text.length() && text.charAt(at) == '\n') {
                    at++;
                }
                return cells;
            }
        }

        /** One cell, leaving {@code at} on the comma or line break after it (or at the end). */
        private String cell(int startRow) {
            StringBuilder cell = new StringBuilder();
            int start = at;
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '"') {
                at++;
                while (true) {
                    if (at >= text.length()) {
                        throw new InvalidCsvException(List.of(new RowProblem(startRow, null, null,
                                "a quoted cell is never closed", "close every cell that starts with \" with "
                                        + "another \"; write a quote inside a cell as \"\"")));
                    }
                    char c = text.charAt(at++);
                    if (c == '"') {
                        if (at < text.length() && text.charAt(at) == '"') {
                            cell.append('"');
                            at++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                while (at < text.length() && text.charAt(at) == ' ') {
                    at++;
                }
                if (at < text.length() && !isEnd(text.charAt(at))) {
                    throw new InvalidCsvException(List.of(new RowProblem(startRow, null, null,
                            "text after the closing quote of a cell", "put the whole cell in quotes, and write a "
                                    + "quote inside it as \"\"")));
                }
                return cell.toString();
            }
            at = start;
            while (at < text.length() && !isEnd(text.charAt(at))) {
                cell.append(text.charAt(at++));
            }
            return cell.toString();
        }

        private static boolean isEnd(char c) {
            return c == ',' || c == '\n' || c == '\r';
        }
    }
}
