package org.prossima.solver.foodrecovery;

import java.util.List;
import java.util.Objects;

/** Shared argument checks of the input records. */
final class Checks {

    private Checks() {
    }

    static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(what + " id must not be blank: " + (id == null ? "null" : "'" + id + "'"));
        }
    }

    /** The windows, copied, checked to be non-empty, in time order and apart. */
    static List<TimeWindow> requireWindows(List<TimeWindow> windows, String what) {
        List<TimeWindow> copy = List.copyOf(Objects.requireNonNull(windows, what + ": windows"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + ": at least one time window is needed");
        }
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).start() <= copy.get(i - 1).end()) {
                throw new IllegalArgumentException(what + ": windows must be in time order and must not overlap: "
                        + copy.get(i - 1) + " then " + copy.get(i));
            }
        }
        return copy;
    }

    static void requireLocation(int index, String what) {
        if (index < 0) {
            throw new IllegalArgumentException(what + " must be a matrix index (0 or more): " + index);
        }
    }
}
