package org.prossima.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds files of the workspace's {@code shared/} directory, which is not part of the repository: in the
 * development workspace and in CI it sits beside the clone ({@code <repo>/../shared}). Tests run with the module
 * directory as working directory, so this walks up from there and looks at {@code <dir>/shared/<path>} for the
 * working directory and every ancestor, nearest first; that covers {@code <ancestor>/../shared} too, which is
 * the next ancestor's {@code shared}.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code shared/<relativePath>}, the first match walking up from the working directory, if any. */
    public static Optional<Path> find(String relativePath) {
        return candidates(Path.of("").toAbsolutePath(), relativePath).stream().filter(Files::exists).findFirst();
    }

    /**
     * {@code shared/<relativePath>}, or the calling test is skipped (not failed) with a message that says what was
     * missing and where it was looked for.
     */
    public static Path require(String relativePath) {
        Optional<Path> found = find(relativePath);
        assumeTrue(found.isPresent(), () -> "no shared/" + relativePath + " in " + Path.of("").toAbsolutePath()
                + " or any directory above it (shared/ is not in the repository; put it beside the clone): skipped");
        return found.orElseThrow();
    }

    static List<Path> candidates(Path start, String relativePath) {
        List<Path> candidates = new ArrayList<>();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve("shared").resolve(relativePath));
        }
        return candidates;
    }
}
