package org.prossima.travel.basemap;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The basemap kept between starts: one gzipped file holding what it was read from (the OpenStreetMap file's name,
 * size and modification time, and this format's version) and its features, positions as fixed-point integers
 * (2<sup>-31</sup> of the world, about 2 cm). Written to a temporary file and moved into place, so a start never
 * reads half a file.
 */
final class BasemapFile {

    static final String NAME = "basemap.bin.gz";
    private static final int MAGIC = 0x5052424d; // "PRBM"
    /** Raised whenever what the import keeps, or how it is written, changes: older files are then rebuilt. */
    static final int FORMAT = 1;
    private static final double FIXED = BasemapFeature.FIXED;

    private BasemapFile() {
    }

    /** The features kept in {@code file}, if it exists and was built from {@code source} by this format. */
    static Optional<List<BasemapFeature>> read(Path file, String source) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(
                Files.newInputStream(file), 1 << 16)))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(source)) {
                return Optional.empty();
            }
            BasemapLayer[] layers = BasemapLayer.values();
            int count = in.readInt();
            List<BasemapFeature> features = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                BasemapLayer layer = layers[in.readUnsignedByte()];
                double[] xy = new double[in.readInt() * 2];
                for (int j = 0; j < xy.length; j++) {
                    xy[j] = Integer.toUnsignedLong(in.readInt()) / FIXED;
                }
                features.add(BasemapFeature.of(layer, xy));
            }
            return Optional.of(features);
        }
    }

    static void write(Path file, String source, List<BasemapFeature> features) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(
                Files.newOutputStream(temporary), 1 << 16)))) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(source);
            out.writeInt(features.size());
            for (BasemapFeature feature : features) {
                out.writeByte(feature.layer().ordinal());
                out.writeInt(feature.points());
                for (double v : feature.xy()) {
                    out.writeInt((int) Math.min(Math.round(v * FIXED), (1L << 32) - 1));
                }
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
