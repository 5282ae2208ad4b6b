package org.prossima.travel;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When the trips of a matrix are made: leaving, or arriving, between two times of the day on some days of the week.
 * Road travel times do not depend on it (the road network has no traffic); public-transport timetables do, so every
 * caller says when its people travel and a timetable router can answer without the callers changing.
 *
 * @param anchor whether {@code from}..{@code to} is when trips leave or when they arrive
 * @param from   the earliest time of the band, local time of the territory
 * @param to     the latest time of the band, not before {@code from}
 * @param days   the days of the week the trips are made on, at least one
 */
public record TimeBand(Anchor anchor, LocalTime from, LocalTime to, Set<DayOfWeek> days) {

    /** Whether a band holds departure or arrival times. */
    public enum Anchor {
        DEPART,
        ARRIVE
    }

    /** Any time of any day: for figures that do not depend on when (roads, straight lines). */
    public static final TimeBand ANY = new TimeBand(Anchor.DEPART, LocalTime.MIN, LocalTime.MAX,
            EnumSet.allOf(DayOfWeek.class));

    public TimeBand {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("time band ends (" + to + ") before it starts (" + from
                    + "): give a band within one day, e.g. 07:00-09:30");
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("time band has no days: give at least one day of the week");
        }
        days = Set.copyOf(days);
    }

    /** Trips leaving between {@code from} and {@code to} on the given days. */
    public static TimeBand departing(LocalTime from, LocalTime to, Set<DayOfWeek> days) {
        return new TimeBand(Anchor.DEPART, from, to, days);
    }

    /** Trips arriving between {@code from} and {@code to} on the given days, e.g. a morning commute. */
    public static TimeBand arriving(LocalTime from, LocalTime to, Set<DayOfWeek> days) {
        return new TimeBand(Anchor.ARRIVE, from, to, days);
    }
}
