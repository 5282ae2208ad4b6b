package org.prossima.data.board;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import org.prossima.solver.territory.TerritoryClock;

/**
 * The days the figures cover, both included, as days of Europe/Rome: what happened from the start of {@code from}
 * to the end of {@code until} there.
 */
public record BoardPeriod(LocalDate from, LocalDate until) {

    public BoardPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /** The first instant of the period. */
    public OffsetDateTime start() {
        return from.atStartOfDay(TerritoryClock.ZONE).toOffsetDateTime();
    }

    /** The first instant after the period. */
    public OffsetDateTime end() {
        return until.plusDays(1).atStartOfDay(TerritoryClock.ZONE).toOffsetDateTime();
    }
}
