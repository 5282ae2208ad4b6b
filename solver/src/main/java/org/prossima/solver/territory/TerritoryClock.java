package org.prossima.solver.territory;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The territory's clock: local times in problems and plans, the day a catalogue offering expires, the dates of the
 * demo data are all on Italian time, whatever the zone of the machine or of the database session.
 */
public final class TerritoryClock {

    /** Europe/Rome: every local date and time of the service is on it. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private TerritoryClock() {
    }

    /** Today in the territory. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
