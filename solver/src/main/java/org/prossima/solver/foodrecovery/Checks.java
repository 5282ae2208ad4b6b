package org.prossima.solver.foodrecovery;

/** Shared argument checks of the input records. */
final class Checks {

    private Checks() {
    }

    static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " id must not be blank: " + (id == null ? "null" : "'" + id + "'"));
        }
    }

    static void requireLocation(int index, String what) {
        if (index < 0) {
            throw new IllegalArgumentException(what + " must be a matrix index (0 or more): " + index);
        }
    }
}
