package org.prossima.travel.roads;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OpenStreetMap extracts of the workspace's {@code shared/data/osm} (ODbL, © OpenStreetMap contributors), which
 * is not part of the repository: it sits beside the clone ({@code <repo>/../shared}). Tests run in the module
 * directory, so this looks at {@code <dir>/shared/data/osm/<file>} for that directory and each one above it (which
 * covers {@code <repo>/../shared}), then at {@code /work/shared/data/osm/<file>}.
 */
public final class SharedOsm {

    static final Path WORKSPACE_FALLBACK = Path.of("/work/shared/data/osm");

    private SharedOsm() {
    }

    public static Optional<Path> find(String fileName) {
        return candidates(Path.of("").toAbsolutePath(), fileName).stream().filter(Files::isRegularFile).findFirst();
    }

    /** The file, or the calling test is skipped with a message saying what is missing and where it was looked for. */
    public static Path require(String fileName) {
        Optional<Path> found = find(fileName);
        assumeTrue(found.isPresent(), () -> "skipped: no shared/data/osm/" + fileName + " beside the repository ("
                + Path.of("").toAbsolutePath() + " or any directory above it) nor in " + WORKSPACE_FALLBACK
                + "; shared/ is not in the repository, put it beside the clone");
        return found.orElseThrow();
    }

    static List<Path> candidates(Path start, String fileName) {
        List<Path> candidates = new ArrayList<>();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("shared").resolve("data").resolve("osm").resolve(fileName));
        }
        candidates.add(WORKSPACE_FALLBACK.resolve(fileName));
        return candidates;
    }
}
