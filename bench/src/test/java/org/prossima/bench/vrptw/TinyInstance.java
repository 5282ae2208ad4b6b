package org.prossima.bench.vrptw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * TINY.txt: depot at (0,0) open until 100, capacity 30, two vehicles. Customer 1 at (3,4) window [0,20] 10 kg,
 * 2 at (6,8) window [20,30] 15 kg, 3 at (0,10) window [0,50] 10 kg, service 5 each.
 */
final class TinyInstance {

    private TinyInstance() {
    }

    static Path path() {
        try {
            return Path.of(TinyInstance.class.getResource("/vrptw/TINY.txt").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static SolomonInstance load() {
        try {
            return SolomonParser.parse(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
