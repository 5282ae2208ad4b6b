package org.prossima.data.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Planned against done, and the line of falling behind (75 % of the hours planned, a week or more in). */
class ProgressTest {

    private static final LocalDate FROM = LocalDate.of(2027, 1, 4);

    @Test
    void plannedIsTheWeeklyCommitmentTimesTheWeeksElapsed() {
        var weekly = measure(6, ActivityPeriod.WEEK);
        assertThat(Progress.of(weekly, 0, FROM.plusDays(27)).plannedHours()).isEqualTo(24.0);
        assertThat(Progress.of(weekly, 0, FROM.plusDays(3)).plannedHours()).isEqualTo(3.4);
        assertThat(Progress.of(weekly, 0, FROM.minusDays(1)).plannedHours()).as("before it starts").isZero();
        assertThat(Progress.of(weekly, 0, FROM.plusYears(2)).plannedHours()).as("to its last day only")
                .isEqualTo(Progress.of(weekly, 0, FROM.plusMonths(6)).plannedHours());
        assertThat(Progress.of(measure(26, ActivityPeriod.MONTH), 0, FROM.plusDays(27)).plannedHours())
                .as("26 hours a month are 6 a week").isEqualTo(24.0);
    }

    @Test
    void behindBelowThreeQuartersOfThePlannedHoursAWeekOrMoreIn() {
        var weekly = measure(6, ActivityPeriod.WEEK);
        assertThat(Progress.of(weekly, 17.9, FROM.plusDays(27)).behind()).isTrue();
        assertThat(Progress.of(weekly, 18, FROM.plusDays(27)).behind()).isFalse();
        assertThat(Progress.of(weekly, 0, FROM.plusDays(5)).behind()).as("less than a week in").isFalse();
        assertThat(Progress.of(measure(0, ActivityPeriod.WEEK), 0, FROM.plusDays(27)).behind())
                .as("no activity asked").isFalse();
        assertThat(Progress.of(weekly, 20, FROM.plusDays(27)).donePercent()).isEqualTo(83.3);
    }

    private static MeasureRow measure(int hours, ActivityPeriod period) {
        return new MeasureRow(UUID.randomUUID(), UUID.randomUUID(), "CISA", MeasureKind.OTHER, 100, FROM,
                FROM.plusMonths(6), hours, period, null, null, null);
    }
}
