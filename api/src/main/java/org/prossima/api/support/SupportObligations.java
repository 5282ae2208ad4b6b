package org.prossima.api.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.prossima.api.placement.plan.ActivityObligations;
import org.prossima.data.security.AccessScope;
import org.prossima.data.support.MeasureRepository;
import org.springframework.stereotype.Component;

/** The support measures' side of {@link ActivityObligations}: who owes a community activity, from the measures. */
@Component
class SupportObligations implements ActivityObligations {

    private final MeasureRepository measures;

    SupportObligations(MeasureRepository measures) {
        this.measures = measures;
    }

    @Override
    public Set<UUID> owing(AccessScope scope, String consortium, LocalDate day) {
        return measures.owingActivity(scope, consortium, day);
    }
}
