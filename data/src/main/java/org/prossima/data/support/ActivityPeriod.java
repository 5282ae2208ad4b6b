package org.prossima.data.support;

/** The period a community-activity commitment counts its hours in. */
public enum ActivityPeriod {
    WEEK,
    MONTH;

    /** Hours a week of a commitment of {@code hours} per this period: a month is 52/12 weeks. */
    public double perWeek(int hours) {
        return this == WEEK ? hours : hours * 12.0 / 52.0;
    }
}
