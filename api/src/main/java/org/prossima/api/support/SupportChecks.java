package org.prossima.api.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.error.NotFoundException;
import org.prossima.data.support.ActivityPeriod;
import org.prossima.data.support.Measure;
import org.prossima.solver.territory.TerritoryClock;

/** The checks of support's requests beyond Bean Validation, and the answers every endpoint shares. */
final class SupportChecks {

    private SupportChecks() {
    }

    /** The measure a valid request says, after the checks that span fields. */
    static Measure measure(MeasureRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.validUntil().isBefore(r.validFrom())) {
            problems.add(new FieldProblem("validUntil", r.validUntil().toString(), "validUntil is before validFrom "
                    + r.validFrom(), "give a last day on or after the first, e.g. " + r.validFrom().plusMonths(6)));
        }
        if (r.validUntil().isAfter(r.validFrom().plusYears(5))) {
            problems.add(new FieldProblem("validUntil", r.validUntil().toString(), "a measure lasts at most 5 years",
                    "renew the measure with a new one when it ends"));
        }
        ActivityPeriod period = r.activityPeriod() == null ? ActivityPeriod.WEEK : r.activityPeriod();
        if (period == ActivityPeriod.WEEK && r.activityHours() > 48) {
            problems.add(new FieldProblem("activityHours", r.activityHours(), "more than 48 hours a week",
                    "use at most 48 hours a week, or give activityPeriod MONTH"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Measure(r.kind(), r.monthlyEuros(), r.validFrom(), r.validUntil(), r.activityHours(), period,
                r.activityKind());
    }

    /** The week's first day must be a Monday. */
    static void monday(String field, LocalDate weekStart) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidRequestException(field, weekStart.toString(), field + " is a "
                    + weekStart.getDayOfWeek() + ", not a Monday", "give the Monday the week starts on, e.g. "
                    + weekStart.with(DayOfWeek.MONDAY));
        }
    }

    /** The day figures are computed for: {@code asOf} when given (an ISO date), else today in Europe/Rome. */
    static LocalDate asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return TerritoryClock.today();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException("asOf", asOf, "not a date", "write dates as year-month-day, e.g. "
                    + "2027-03-01");
        }
    }

    static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static NotFoundException measureNotFound(String id) {
        return new NotFoundException("No support measure with id '" + id + "'",
                "use the id (a UUID) from the Location header of POST /api/v1/support/measures; a coordinator sees "
                        + "their consortium's measures only");
    }
}
