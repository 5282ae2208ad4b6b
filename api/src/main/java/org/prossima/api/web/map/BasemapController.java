package org.prossima.api.web.map;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import org.prossima.api.travel.BasemapSource;
import org.prossima.travel.basemap.Basemap;
import org.prossima.travel.basemap.BasemapLayer;
import org.prossima.travel.basemap.BasemapTile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The basemap's tiles for the screens' maps: public (no personal data, the citizen's catalogue map uses them), kept
 * by browsers for a day and recognised by an entity tag that changes when the basemap is read from another file.
 * A tile is JSON: per layer, in drawing order, its lines or rings as flat lists of pixel coordinates (0 to
 * {@value Basemap#EXTENT}). Without a basemap (no OpenStreetMap file, or not ready yet) the answer is 404.
 */
@Hidden // for the screens' maps, not part of the API
@RestController
class BasemapController {

    /** Tiles kept ready, most recently asked first out last: a territory's tiles at the zooms used fit in this. */
    private static final int KEPT_TILES = 4_096;

    private final BasemapSource source;
    private final Map<String, byte[]> kept = new LinkedHashMap<>(KEPT_TILES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT_TILES;
        }
    };

    BasemapController(BasemapSource source) {
        this.source = source;
    }

    @GetMapping(path = "/mappa/sfondo/{z}/{x}/{y}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> tile(@PathVariable int z, @PathVariable int x, @PathVariable int y, WebRequest request) {
        Basemap basemap = source.basemap().orElse(null);
        if (basemap == null) {
            return ResponseEntity.notFound().build();
        }
        String tag = '"' + HexFormat.of().toHexDigits(basemap.source().hashCode()) + '"';
        if (request.checkNotModified(tag)) {
            return null;
        }
        String key = tag + z + "/" + x + "/" + y;
        byte[] body;
        synchronized (kept) {
            body = kept.get(key);
        }
        if (body == null) {
            body = json(basemap.tile(z, x, y));
            synchronized (kept) {
                kept.put(key, body);
            }
        }
        return ResponseEntity.ok().eTag(tag).cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static byte[] json(BasemapTile tile) {
        StringBuilder json = new StringBuilder(1024).append("{\"z\":").append(tile.z()).append(",\"x\":")
                .append(tile.x()).append(",\"y\":").append(tile.y()).append(",\"extent\":").append(Basemap.EXTENT)
                .append(",\"layers\":{");
        boolean firstLayer = true;
        for (Map.Entry<BasemapLayer, List<int[]>> layer : tile.layers().entrySet()) {
            json.append(firstLayer ? "" : ",").append('"').append(layer.getKey().key()).append("\":[");
            firstLayer = false;
            boolean firstShape = true;
            for (int[] shape : layer.getValue()) {
                json.append(firstShape ? "[" : ",[");
                firstShape = false;
                for (int i = 0; i < shape.length; i++) {
                    json.append(i == 0 ? "" : ",").append(shape[i]);
                }
                json.append(']');
            }
            json.append(']');
        }
        return json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
