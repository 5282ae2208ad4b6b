package org.prossima.api.web.board;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn by the page itself (SVG in the template, no script): each bar its label, the figure as
 * shown, and its length in percent of the longest. A suppressed figure ({@code "<5"}) has no bar, only its text, so
 * the chart never gives away what the table hides.
 */
public record Bars(String title, List<Bar> bars) {

    public record Bar(String label, String shown, double lengthPercent) {
    }

    /** One bar per pair of label and figure (a number, or a suppressed count as text). */
    public static Bars of(String title, List<String> labels, List<Object> figures, String unit) {
        double longest = figures.stream().filter(Number.class::isInstance).mapToDouble(f -> ((Number) f).doubleValue())
                .max().orElse(0);
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Object figure = figures.get(i);
            if (figure instanceof Number n) {
                double v = n.doubleValue();
                String shown = (v == Math.rint(v) ? String.format(Locale.ITALY, "%,d", (long) v)
                        : String.format(Locale.ITALY, Math.abs(v) < 10 ? "%,.2f" : "%,.1f", v)) + unit;
                bars.add(new Bar(labels.get(i), shown, longest <= 0 ? 0 : 100 * v / longest));
            } else {
                bars.add(new Bar(labels.get(i), figure == null ? "—" : figure.toString(), 0));
            }
        }
        return new Bars(title, bars);
    }

    /** The chart's height in SVG units: a row of 22 for each bar. */
    public int height() {
        return Math.max(22, 22 * bars.size());
    }
}
