package org.prossima.api.placement;

import java.util.Optional;
import java.util.UUID;

/** An id given as text (in a path, a cell) that must be a UUID: candidates' and plans' ids. */
public final class UuidParam {

    private UuidParam() {
    }

    /** The UUID, or empty when the text is not one (the caller answers 404 or names the field). */
    public static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
