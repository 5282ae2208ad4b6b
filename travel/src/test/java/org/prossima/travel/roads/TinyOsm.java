package org.prossima.travel.roads;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.prossima.solver.travel.Location;

/**
 * A hand-made OpenStreetMap file for tests: nodes at given coordinates and ways with given tags, written as OSM XML
 * ({@code .osm}) or gzipped OSM XML ({@code .osm.gz}), both of which GraphHopper reads. Shared with the service's
 * tests through this module's test jar.
 */
public final class TinyOsm {

    /** GraphHopper's Earth radius (DistanceCalcEarth.R), for expected edge lengths. */
    static final double EARTH_RADIUS_METRES = 6_371_000.0;

    private final Map<Long, Location> nodes = new LinkedHashMap<>();
    private final List<String> ways = new ArrayList<>();
    private long nextWayId = 100;

    public TinyOsm node(long id, double lat, double lon) {
        nodes.put(id, new Location(lat, lon));
        return this;
    }

    public Location location(long id) {
        return nodes.get(id);
    }

    /** A way through {@code nodeIds} with tags given as key, value, key, value... */
    public TinyOsm way(long[] nodeIds, String... tags) {
        StringBuilder xml = new StringBuilder("  <way id=\"" + nextWayId++ + "\" version=\"1\">\n");
        for (long id : nodeIds) {
            if (!nodes.containsKey(id)) {
                throw new IllegalArgumentException("unknown node " + id);
            }
            xml.append("    <nd ref=\"").append(id).append("\"/>\n");
        }
        for (int i = 0; i < tags.length; i += 2) {
            xml.append("    <tag k=\"").append(tags[i]).append("\" v=\"").append(tags[i + 1]).append("\"/>\n");
        }
        ways.add(xml.append("  </way>\n").toString());
        return this;
    }

    public Path write(Path file) {
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw;
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"prossima-test\">\n");
            for (var e : nodes.entrySet()) {
                w.write(String.format(Locale.ROOT, "  <node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n",
                        e.getKey(), e.getValue().latitude(), e.getValue().longitude()));
            }
            for (String way : ways) {
                w.write(way);
            }
            w.write("</osm>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Great-circle metres between two nodes, the way GraphHopper measures edges. */
    double metres(long a, long b) {
        Location p = nodes.get(a);
        Location q = nodes.get(b);
        double lat1 = Math.toRadians(p.latitude());
        double lat2 = Math.toRadians(q.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(q.longitude() - p.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(h));
    }

    /**
     * A few streets near 45°N 7°E. Node 1–2–3: a tertiary road signed 60 km/h (GraphHopper's car speed: 90% of it,
     * 54 km/h; it stores car speeds in steps of 2 km/h, so the test avoids odd values); 2–4: a residential street
     * (30 km/h); 3–5: a paved farm track (cars 20 km/h, vans not at all); 1–6: a footway; 7–8: a residential street
     * 4 km north, joined to nothing (it also keeps the map's bounding box roughly square, which GraphHopper's
     * snapping index needs to search the same distance in every direction).
     */
    public static TinyOsm streets() {
        return new TinyOsm()
                .node(1, 45.000, 7.000)
                .node(2, 45.000, 7.010)
                .node(3, 45.000, 7.020)
                .node(4, 45.005, 7.010)
                .node(5, 45.000, 7.030)
                .node(6, 44.995, 7.000)
                .node(7, 45.040, 7.060)
                .node(8, 45.040, 7.065)
                .way(new long[] {1, 2, 3}, "highway", "tertiary", "maxspeed", "60", "name", "Via Roma")
                .way(new long[] {2, 4}, "highway", "residential", "name", "Via Verdi")
                .way(new long[] {3, 5}, "highway", "track", "tracktype", "grade1")
                .way(new long[] {1, 6}, "highway", "footway")
                .way(new long[] {7, 8}, "highway", "residential", "name", "Via Isolata");
    }
}
