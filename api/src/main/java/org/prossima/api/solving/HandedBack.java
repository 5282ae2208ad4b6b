package org.prossima.api.solving;

import java.util.UUID;

/** Thrown to leave a plan's job in the queue when the instance stops: the next instance takes it up. */
final class HandedBack extends RuntimeException {

    HandedBack(UUID id) {
        super("plan " + id + " handed back to the queue", null, false, false);
    }
}
