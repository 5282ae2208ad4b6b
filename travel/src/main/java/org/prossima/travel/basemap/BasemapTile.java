package org.prossima.travel.basemap;

import java.util.List;
import java.util.Map;

/**
 * One tile of the basemap: per layer (in drawing order), its lines or rings as {@code x0, y0, x1, y1, ...} in the
 * tile's own pixels, 0 to {@link Basemap#EXTENT} (a line may run past the edge: the drawing clips it).
 */
public record BasemapTile(int z, int x, int y, Map<BasemapLayer, List<int[]>> layers) {

    public boolean isEmpty() {
        return layers.isEmpty();
    }

    /** How many lines and rings the tile holds. */
    public int shapes() {
        return layers.values().stream().mapToInt(List::size).sum();
    }
}
