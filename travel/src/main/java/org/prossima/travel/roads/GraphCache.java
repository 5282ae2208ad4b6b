package org.prossima.travel.roads;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.graphhopper.util.Constants;

/**
 * The graph directory's record of what it was built from, and the decision to load it or to (re)build it.
 *
 * <p>GraphHopper 11 checks only part of this itself: on load it compares the profiles' versions and fails with
 * "Profiles do not match" when they differ; it never compares the OpenStreetMap file. So Prossima writes
 * {@value #MARKER} after a completed import (the OSM file's size and modification time, a fingerprint of the
 * profiles, the GraphHopper version) and compares it at every start: any difference, or a directory holding an
 * incomplete import, means the directory is emptied and the graph imported again, with a log line saying why.
 */
final class GraphCache {

    static final String MARKER = "prossima-graph.properties";
    /** GraphHopper's own file in a graph directory. */
    private static final String GRAPHHOPPER_PROPERTIES = "properties";

    private GraphCache() {
    }

    /** What a start does with the graph directory. */
    enum Action {
        /** The directory is empty or missing: a first import. */
        IMPORT,
        /** The directory holds a complete graph of the same file and profiles: load it. */
        LOAD,
        /** The directory holds a graph of another file or profiles, or an incomplete one: empty it and import. */
        REBUILD
    }

    record Decision(Action action, String reason) {
    }

    /** What the graph was, or will be, built from. */
    record Source(Path osmFile, long osmBytes, long osmModifiedMillis, String profiles, String graphHopperVersion) {

        static Source of(Path osmFile, String profileDescription) {
            try {
                return new Source(osmFile.toAbsolutePath(), Files.size(osmFile),
                        Files.getLastModifiedTime(osmFile).toMillis(), sha256(profileDescription), Constants.VERSION);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the OpenStreetMap file " + osmFile.toAbsolutePath(), e);
            }
        }

        String describeOsm() {
            return osmFile.getFileName() + " (" + osmBytes + " bytes, modified " + Instant.ofEpochMilli(osmModifiedMillis)
                    + ")";
        }
    }

    static Decision decide(Path directory, Source wanted) {
        if (isEmptyOrMissing(directory)) {
            return new Decision(Action.IMPORT, "no road graph in " + directory.toAbsolutePath() + " yet");
        }
        Path marker = directory.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            if (!Files.exists(directory.resolve(GRAPHHOPPER_PROPERTIES))) {
                throw new IllegalStateException("the graph directory " + directory.toAbsolutePath()
                        + " is not empty and holds no road graph: give an empty or new directory (it would be emptied "
                        + "on every rebuild)");
            }
            return new Decision(Action.REBUILD, "the graph in " + directory.toAbsolutePath()
                    + " has no record of a completed import (" + MARKER + " missing, e.g. an interrupted import)");
        }
        Source stored = read(marker);
        List<String> changes = new ArrayList<>();
        if (stored.osmBytes() != wanted.osmBytes() || stored.osmModifiedMillis() != wanted.osmModifiedMillis()) {
            changes.add("the OpenStreetMap file changed: built from " + stored.describeOsm() + ", now "
                    + wanted.describeOsm());
        }
        if (!stored.profiles().equals(wanted.profiles())) {
            changes.add("the profiles changed (custom models, encoded values or import settings; fingerprint "
                    + abbreviate(stored.profiles()) + " → " + abbreviate(wanted.profiles()) + ")");
        }
        if (!stored.graphHopperVersion().equals(wanted.graphHopperVersion())) {
            changes.add("GraphHopper changed from " + stored.graphHopperVersion() + " to "
                    + wanted.graphHopperVersion());
        }
        if (changes.isEmpty()) {
            return new Decision(Action.LOAD, "it was built from " + stored.describeOsm() + " with the same profiles");
        }
        return new Decision(Action.REBUILD, String.join("; ", changes));
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }

    private static boolean isEmptyOrMissing(Path directory) {
        if (!Files.exists(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the graph directory " + directory.toAbsolutePath(), e);
        }
    }

    /** Deletes the marker first, so an interrupted clean-up is never taken for a complete graph. */
    static void empty(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(MARKER));
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(directory)) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the graph directory " + directory.toAbsolutePath()
                    + " for a rebuild: delete it by hand and start again", e);
        }
    }

    /** Written after a completed import, atomically, so its presence means the graph is complete. */
    static void write(Path directory, Source source) {
        Properties p = new Properties();
        p.setProperty("osm.file", source.osmFile().toString());
        p.setProperty("osm.bytes", Long.toString(source.osmBytes()));
        p.setProperty("osm.modified.millis", Long.toString(source.osmModifiedMillis()));
        p.setProperty("profiles.sha256", source.profiles());
        p.setProperty("graphhopper.version", source.graphHopperVersion());
        Path tmp = directory.resolve(MARKER + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Prossima road graph: what this directory was imported from. Delete the directory to force a"
                        + " new import.");
            }
            Files.move(tmp, directory.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + directory.resolve(MARKER), e);
        }
    }

    static Source read(Path marker) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            p.load(r);
            return new Source(Path.of(p.getProperty("osm.file", "?")),
                    Long.parseLong(p.getProperty("osm.bytes", "-1")),
                    Long.parseLong(p.getProperty("osm.modified.millis", "-1")),
                    p.getProperty("profiles.sha256", ""), p.getProperty("graphhopper.version", ""));
        } catch (IOException | NumberFormatException e) {
            // An unreadable record is no record: the caller rebuilds.
            return new Source(Path.of("?"), -1, -1, "", "");
        }
    }

    static long sizeInBytes(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
