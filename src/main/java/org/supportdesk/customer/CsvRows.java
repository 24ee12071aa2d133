package org.supportdesk.customer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** RFC 4180 rows (Commons CSV) with commas or semicolons; cells trimmed, blank rows left out. */
final class CsvRows {

    private CsvRows() {
    }

    static List<List<String>> parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separatorOf(content))
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(content, format)) {
            return parser.stream().map(row -> row.stream().map(String::strip).toList())
                    .filter(row -> !row.stream().allMatch(String::isEmpty)).toList();
        } catch (IOException | UncheckedIOException e) {
            // a quoted cell that is never closed
            throw new CustomerImportException(List.of(new CustomerImportException.LineError(
                    (int) content.lines().count(), "-", "a quoted cell is not closed")));
        }
    }

    /** Spreadsheets in Russian locales save with semicolons. */
    private static char separatorOf(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }
}
