package org.supportdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table a run prints and writes to bench/results/. */
final class BenchReport {

    record Row(String measure, String result, String target, Boolean met) {
    }

    private final List<String> header = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final java.util.Map<String, Double> figures = new java.util.LinkedHashMap<>();

    /** A measured value by name, for the smoke test. */
    void figure(String name, double value) {
        figures.put(name, value);
    }

    java.util.Map<String, Double> figures() {
        return java.util.Map.copyOf(figures);
    }

    void header(String line) {
        header.add(line);
    }

    private Runnable afterRow = () -> { };

    void afterEveryRow(Runnable action) {
        afterRow = action;
    }

    void row(String measure, String result) {
        rows.add(new Row(measure, result, "", null));
        afterRow.run();
    }

    void row(String measure, String result, String target, boolean met) {
        rows.add(new Row(measure, result, target, met));
        afterRow.run();
    }

    void note(String line) {
        notes.add(line);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    boolean allTargetsMet() {
        return rows.stream().allMatch(row -> row.met() == null || row.met());
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        for (String line : header) {
            text.append(line).append('\n');
        }
        text.append('\n').append("| Measure | Result | Target | Met |\n|---|---|---|---|\n");
        for (Row row : rows) {
            text.append("| ").append(row.measure()).append(" | ").append(row.result()).append(" | ")
                    .append(row.target()).append(" | ")
                    .append(row.met() == null ? "" : row.met() ? "yes" : "**no**").append(" |\n");
        }
        if (!notes.isEmpty()) {
            text.append('\n');
            for (String note : notes) {
                text.append("- ").append(note).append('\n');
            }
        }
        return text.toString();
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
