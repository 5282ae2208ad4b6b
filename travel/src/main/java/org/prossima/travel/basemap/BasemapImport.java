package org.prossima.travel.basemap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongIntHashMap;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInput;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;

/**
 * Reads the basemap's lines and areas from an OpenStreetMap file, with GraphHopper's reader (the same that imports
 * the road graph, so every format the road network takes works here too). Two passes, because a file lists its
 * nodes before the ways that use them: the ways first (keeping those the basemap draws and the nodes they need), then
 * only those nodes' positions. Long lines are cut into pieces of at most {@value #MAX_LINE_POINTS} points so a tile
 * gets only the part of a river or a road that crosses it.
 */
final class BasemapImport {

    static final int MAX_LINE_POINTS = 64;

    private record WantedWay(BasemapLayer layer, long[] nodes) {
    }

    private BasemapImport() {
    }

    static List<BasemapFeature> read(Path osmFile) {
        try {
            List<WantedWay> ways = new ArrayList<>();
            LongIntHashMap nodeIndex = new LongIntHashMap();
            try (OSMInput input = open(osmFile, new SkipOptions(true, false, true))) {
                ReaderElement element;
                while ((element = input.getNext()) != null) {
                    if (element instanceof ReaderWay way) {
                        LongArrayList nodes = way.getNodes();
                        if (nodes.size() < 2) {
                            continue;
                        }
                        boolean closed = nodes.size() >= 4 && nodes.get(0) == nodes.get(nodes.size() - 1);
                        Optional<BasemapLayer> layer = BasemapLayer.of(way, closed);
                        if (layer.isPresent()) {
                            long[] ids = nodes.toArray();
                            ways.add(new WantedWay(layer.get(), ids));
                            for (long id : ids) {
                                nodeIndex.putIfAbsent(id, -1);
                            }
                        }
                    }
                }
            }
            double[] xs = new double[nodeIndex.size()];
            double[] ys = new double[nodeIndex.size()];
            int found = 0;
            try (OSMInput input = open(osmFile, new SkipOptions(false, true, true))) {
                ReaderElement element;
                while ((element = input.getNext()) != null) {
                    if (element instanceof ReaderNode node) {
                        int slot = nodeIndex.indexOf(node.getId());
                        if (nodeIndex.indexExists(slot) && nodeIndex.indexGet(slot) == -1) {
                            xs[found] = BasemapFeature.x(node.getLon());
                            ys[found] = BasemapFeature.y(node.getLat());
                            nodeIndex.indexReplace(slot, found++);
                        }
                    }
                }
            }
            List<BasemapFeature> features = new ArrayList<>();
            for (WantedWay way : ways) {
                double[] xy = positions(way.nodes(), nodeIndex, xs, ys);
                if (way.layer().area()) {
                    if (xy.length >= 8) {
                        features.add(BasemapFeature.of(way.layer(), xy));
                    }
                } else {
                    addLinePieces(features, way.layer(), xy);
                }
            }
            return features;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the basemap from the OpenStreetMap file "
                    + osmFile.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static OSMInput open(Path osmFile, SkipOptions skip) throws IOException {
        try {
            return new OSMInputFile(osmFile.toFile()).setWorkerThreads(2).setSkipOptions(skip).open();
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The way's points in order; nodes outside the extract (a way cut at its edge) are left out. */
    private static double[] positions(long[] nodes, LongIntHashMap nodeIndex, double[] xs, double[] ys) {
        double[] xy = new double[nodes.length * 2];
        int n = 0;
        for (long id : nodes) {
            int index = nodeIndex.getOrDefault(id, -1);
            if (index >= 0) {
                xy[n++] = xs[index];
                xy[n++] = ys[index];
            }
        }
        return n == xy.length ? xy : Arrays.copyOf(xy, n);
    }

    private static void addLinePieces(List<BasemapFeature> features, BasemapLayer layer, double[] xy) {
        int points = xy.length / 2;
        if (points < 2) {
            return;
        }
        for (int start = 0; start < points - 1; start += MAX_LINE_POINTS - 1) {
            int end = Math.min(points, start + MAX_LINE_POINTS);
            features.add(BasemapFeature.of(layer, Arrays.copyOfRange(xy, start * 2, end * 2)));
        }
    }
}
