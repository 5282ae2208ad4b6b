package org.prossima.api.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What a screen's map draws (static/js/prossima.js): the comuni's town halls, points with a label and an optional link
 * and colour group, and lines (a route, a commute). Written into the page as JSON; the note says what the map is
 * drawn on. The map shows its points and lines, or the whole territory when it has none or {@code wholeTerritory}.
 */
public record MapData(List<TownHalls.TownHall> comuni, List<Point> points, List<Line> lines, String note,
        boolean wholeTerritory) {

    public MapData(List<TownHalls.TownHall> comuni, List<Point> points, List<Line> lines, String note) {
        this(comuni, points, lines, note, false);
    }

    public record Point(double lat, double lon, String label, String href, Integer group, Integer radius) {

        public static Point of(double lat, double lon, String label) {
            return new Point(lat, lon, label, null, null, null);
        }
    }

    /** A line through [lat, lon] pairs; dashed for a straight-line estimate rather than a road. */
    public record Line(List<double[]> coords, String label, Integer group, boolean dashed) {
    }

    public static MapData of(TownHalls townHalls, String note) {
        return new MapData(townHalls.townHalls(), new ArrayList<>(), new ArrayList<>(), note);
    }

    /** A map of figures across the territory: always the whole of it, whatever its points. */
    public static MapData ofTerritory(TownHalls townHalls) {
        return new MapData(townHalls.townHalls(), new ArrayList<>(), new ArrayList<>(), null, true);
    }
}
