package org.prossima.data.support;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A measure's community-activity hours planned and done by a day. Planned to date is the commitment per week
 * ({@link ActivityPeriod#perWeek}) times the weeks elapsed from the measure's first day to that day (or its last day,
 * if earlier), days counted whole and divided by 7. A person falls behind when at least one week has elapsed and
 * the hours done are below {@value #BEHIND_SHARE} of those planned: a list for the coordinator, never a sanction.
 */
public record Progress(double plannedHours, double doneHours, double donePercent, boolean behind) {

    /** The share of planned hours below which a person is listed as falling behind. */
    public static final double BEHIND_SHARE = 0.75;

    public static Progress of(MeasureRow measure, double done, LocalDate asOf) {
        LocalDate end = asOf.isBefore(measure.validUntil()) ? asOf : measure.validUntil();
        long days = Math.max(0, ChronoUnit.DAYS.between(measure.validFrom(), end) + 1);
        double perWeek = measure.activityPeriod().perWeek(measure.activityHours());
        double planned = round(perWeek * days / 7.0);
        double percent = planned == 0 ? 100.0 : round(100.0 * done / planned);
        boolean behind = measure.asksForActivity() && days >= 7 && done < BEHIND_SHARE * planned;
        return new Progress(planned, round(done), percent, behind);
    }

    private static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
