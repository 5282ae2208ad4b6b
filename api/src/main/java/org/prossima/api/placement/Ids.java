package org.prossima.api.placement;

import java.util.Optional;
import java.util.UUID;

/** The forms of ids in the placement API. */
final class Ids {

    /** Ids of hosts, tutors and opportunities: codes chosen by the coordinators, safe in a URL. */
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String CODE_HINT = "use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private Ids() {
    }

    static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
