package org.prossima.api.placement;

import org.prossima.api.error.ConflictException;
import org.prossima.api.error.InvalidRequestException;

/** Rules shared by the resources whose ids the coordinators choose (hosts, tutors, opportunities). */
final class Resources {

    private Resources() {
    }

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidRequestException("id", null, "id is required to create it", Ids.CODE_HINT);
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

    static ConflictException exists(String what, String id, String path) {
        return new ConflictException("already-exists", "Already exists", "A " + what + " with id '" + id
                + "' already exists", "change it with PUT " + path + id + ", or choose another id");
    }
}
