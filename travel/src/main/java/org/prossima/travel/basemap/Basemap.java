package org.prossima.travel.basemap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.carrotsearch.hppc.IntArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A basemap drawn from the same OpenStreetMap file as the road network: roads by class, railways, rivers, water,
 * woods and built-up areas, cut into tiles on request. It is read from the file once and kept beside the road
 * graph ({@link BasemapFile}); the next start loads it unless the file changed.
 *
 * <p>Tiles are small lists of points in the tile's pixels, not images: the screens draw them on a canvas, so the
 * service needs no renderer and no fonts, and works offline. Features are found through a grid of cells of zoom
 * {@value #INDEX_ZOOM} (about 7 km wide in Piedmont): each feature is listed in every cell its bounding box touches.
 */
public final class Basemap {

    private static final Logger log = LoggerFactory.getLogger(Basemap.class);

    /** A tile's width and height in its own pixels (twice a screen tile's 256, for sharp lines on dense screens). */
    public static final int EXTENT = 512;
    /** Below this zoom a tile is empty: the whole territory fits at zoom 8 and the comuni are drawn by the screens. */
    public static final int MIN_ZOOM = 7;
    public static final int MAX_ZOOM = 19;
    static final int INDEX_ZOOM = 12;
    /** Lines and rings are drawn a few pixels past the tile's edge, so line ends do not show at the seams. */
    private static final double BUFFER_PIXELS = 8;

    private final String fileName;
    private final String source;
    private final List<BasemapFeature> features;
    private final Map<Long, int[]> cells;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    Basemap(String fileName, String source, List<BasemapFeature> features) {
        this.fileName = fileName;
        this.source = source;
        this.features = List.copyOf(features);
        this.cells = index(this.features);
        double x0 = 1;
        double y0 = 1;
        double x1 = 0;
        double y1 = 0;
        for (BasemapFeature f : this.features) {
            x0 = Math.min(x0, f.minX());
            y0 = Math.min(y0, f.minY());
            x1 = Math.max(x1, f.maxX());
            y1 = Math.max(y1, f.maxY());
        }
        this.minX = x0;
        this.minY = y0;
        this.maxX = Math.max(x0, x1);
        this.maxY = Math.max(y0, y1);
    }

    /**
     * The basemap of {@code osmFile}: loaded from {@code directory} when it was built there from this very file
     * (same name, size and modification time), otherwise read from the file and kept there for the next start.
     */
    public static Basemap open(Path osmFile, Path directory) {
        long started = System.nanoTime();
        String source = describe(osmFile);
        Path file = directory.resolve(BasemapFile.NAME);
        try {
            var kept = BasemapFile.read(file, source);
            if (kept.isPresent()) {
                Basemap basemap = new Basemap(osmFile.getFileName().toString(), source, kept.get());
                log.info("Basemap: {} lines and areas loaded from {} in {} ms", basemap.features(),
                        file.toAbsolutePath(), Duration.ofNanos(System.nanoTime() - started).toMillis());
                return basemap;
            }
            log.info("Basemap: reading {} ({})", osmFile.toAbsolutePath(), Files.exists(file)
                    ? "the kept basemap was built from another file or format" : "no basemap kept yet");
            List<BasemapFeature> features = BasemapImport.read(osmFile);
            BasemapFile.write(file, source, features);
            Basemap basemap = new Basemap(osmFile.getFileName().toString(), source, features);
            log.info("Basemap: {} lines and areas read from {} and kept in {} in {} ms", basemap.features(),
                    osmFile.getFileName(), file.toAbsolutePath(), Duration.ofNanos(System.nanoTime() - started).toMillis());
            return basemap;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the basemap in " + file.toAbsolutePath(), e);
        }
    }

    private static String describe(Path osmFile) {
        try {
            return osmFile.getFileName() + " " + Files.size(osmFile) + " " + Files.getLastModifiedTime(osmFile).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenStreetMap file " + osmFile.toAbsolutePath(), e);
        }
    }

    /** What the basemap was read from: the OpenStreetMap file's name, size in bytes and modification time (ms). */
    public String source() {
        return source;
    }

    /** The OpenStreetMap file's name. */
    public String fileName() {
        return fileName;
    }

    public int features() {
        return features.size();
    }

    /** West, south, east, north in degrees: what the file covers. */
    public double[] bounds() {
        return new double[] {BasemapFeature.lon(minX), BasemapFeature.lat(maxY), BasemapFeature.lon(maxX),
                BasemapFeature.lat(minY)};
    }

    /** Tile {@code x, y} of zoom {@code z} (the usual web map numbering: x eastwards, y southwards from 0). */
    public BasemapTile tile(int z, int x, int y) {
        if (z < MIN_ZOOM || z > MAX_ZOOM || x < 0 || y < 0 || x >= (1L << z) || y >= (1L << z)) {
            return new BasemapTile(z, x, y, Map.of());
        }
        double scale = 1L << z;
        double buffer = BUFFER_PIXELS / EXTENT / scale;
        double tileMinX = x / scale - buffer;
        double tileMaxX = (x + 1) / scale + buffer;
        double tileMinY = y / scale - buffer;
        double tileMaxY = (y + 1) / scale + buffer;
        if (tileMaxX < minX || tileMinX > maxX || tileMaxY < minY || tileMinY > maxY) {
            return new BasemapTile(z, x, y, Map.of());
        }
        Map<BasemapLayer, List<int[]>> layers = new EnumMap<>(BasemapLayer.class);
        double pixels = scale * EXTENT;
        for (int id : candidates(tileMinX, tileMinY, tileMaxX, tileMaxY)) {
            BasemapFeature f = features.get(id);
            if (f.layer().minZoom() > z || f.maxX() < tileMinX || f.minX() > tileMaxX || f.maxY() < tileMinY
                    || f.minY() > tileMaxY) {
                continue;
            }
            double size = Math.max(f.maxX() - f.minX(), f.maxY() - f.minY()) * pixels;
            if (f.layer().area() && size < 4) {
                continue;
            }
            int[] shape = simplified(f, x * (double) EXTENT, y * (double) EXTENT, pixels, z < 12 ? 2 : 1);
            if (shape != null) {
                layers.computeIfAbsent(f.layer(), l -> new ArrayList<>()).add(shape);
            }
        }
        return new BasemapTile(z, x, y, layers);
    }

    /**
     * The feature's points in tile pixels, leaving out every point closer than {@code tolerance} pixels to the last
     * one kept (the last point always stays): null when too little is left to draw.
     */
    private static int[] simplified(BasemapFeature f, double originX, double originY, double pixels, int tolerance) {
        double[] xy = f.xy();
        int[] out = new int[xy.length];
        int n = 0;
        int lastX = Integer.MIN_VALUE;
        int lastY = Integer.MIN_VALUE;
        int points = xy.length / 2;
        for (int i = 0; i < points; i++) {
            int px = (int) Math.round(xy[2 * i] * pixels - originX);
            int py = (int) Math.round(xy[2 * i + 1] * pixels - originY);
            boolean last = i == points - 1;
            if (n == 0 || Math.abs(px - lastX) >= tolerance || Math.abs(py - lastY) >= tolerance) {
                out[n++] = px;
                out[n++] = py;
                lastX = px;
                lastY = py;
            } else if (last) {
                out[n - 2] = px;
                out[n - 1] = py;
            }
        }
        int minPoints = f.layer().area() ? 3 : 2;
        return n / 2 < minPoints ? null : java.util.Arrays.copyOf(out, n);
    }

    /** The ids of the features listed in the index cells the box touches, each once, in ascending order. */
    private int[] candidates(double x0, double y0, double x1, double y1) {
        int cellsPerSide = 1 << INDEX_ZOOM;
        int cx0 = cell(x0, cellsPerSide);
        int cx1 = cell(x1, cellsPerSide);
        int cy0 = cell(y0, cellsPerSide);
        int cy1 = cell(y1, cellsPerSide);
        BitSet seen = new BitSet(features.size());
        for (int cx = cx0; cx <= cx1; cx++) {
            for (int cy = cy0; cy <= cy1; cy++) {
                int[] ids = cells.get(key(cx, cy));
                if (ids != null) {
                    for (int id : ids) {
                        seen.set(id);
                    }
                }
            }
        }
        return seen.stream().toArray();
    }

    private static Map<Long, int[]> index(List<BasemapFeature> features) {
        int cellsPerSide = 1 << INDEX_ZOOM;
        Map<Long, IntArrayList> lists = new HashMap<>();
        for (int id = 0; id < features.size(); id++) {
            BasemapFeature f = features.get(id);
            for (int cx = cell(f.minX(), cellsPerSide); cx <= cell(f.maxX(), cellsPerSide); cx++) {
                for (int cy = cell(f.minY(), cellsPerSide); cy <= cell(f.maxY(), cellsPerSide); cy++) {
                    lists.computeIfAbsent(key(cx, cy), k -> new IntArrayList()).add(id);
                }
            }
        }
        Map<Long, int[]> cells = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> cells.put(k, v.toArray()));
        return cells;
    }

    private static int cell(double v, int cellsPerSide) {
        return Math.max(0, Math.min(cellsPerSide - 1, (int) Math.floor(v * cellsPerSide)));
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }

    @Override
    public String toString() {
        return "basemap of " + source + " (" + features.size() + " lines and areas)";
    }
}
