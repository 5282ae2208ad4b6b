package org.prossima.solver.foodrecovery;

/**
 * Recognises the one failure of Timefold Solver 2.2 that a solve recovers from: its random sub-list selector ends
 * ("should never end") when no assigned value of the list variable is movable — every collected lot pinned and the
 * others unassigned. Anything else a solve throws is a fault and goes up.
 */
final class SubListSelectorFailure {

    private SubListSelectorFailure() {
    }

    static boolean is(IllegalStateException e) {
        if (e.getMessage() == null || !e.getMessage().contains("should never end")) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().contains("SubListSelector")) {
                return true;
            }
        }
        return false;
    }
}
