package org.prossima.api.placement.roster;

import org.prossima.api.error.ConflictException;
import org.prossima.api.error.InvalidRequestException;

/**
 * The ids the coordinators choose for hosts, tutors and opportunities: codes safe in a URL, required to create an
 * item, the same in the body as in the path, and never taken twice.
 */
public final class CoordinatorIds {

    /** The form of such an id. */
    public static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final String CODE_HINT =
            "use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private CoordinatorIds() {
    }

    static String require(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException("id", null, "id is required to create it", CODE_HINT);
        }
        return id;
    }

    /** PUT may repeat the id in the body, but not another one. */
    static void samePathId(String pathId, String bodyId) {
        if (bodyId != null && !bodyId.equals(pathId)) {
            throw new InvalidRequestException("id", bodyId, "the id in the body differs from the id in the path '"
                    + pathId + "'", "leave id out of the body, or give the same one; ids cannot be changed");
        }
    }

    static ConflictException taken(String what, String id, String path) {
        return new ConflictException("already-exists", "Already exists", "A " + what + " with id '" + id
                + "' already exists", "change it with PUT " + path + id + ", or choose another id");
    }
}
