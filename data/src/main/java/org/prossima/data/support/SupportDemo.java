package org.prossima.data.support;

import java.util.List;

import org.prossima.data.placement.CandidateRow;
import org.prossima.data.placement.PlacementDemoLoaded;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.placement.Programme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Support measures for the demo roster, added when placement matching has just loaded it into empty tables (in the
 * same transaction): one candidate in {@value #EVERY} gets a measure from that day for six months, linked to the
 * ADI for those in its programme and municipal aid for the others; most ask for community activity (6 or 4 hours a
 * week, or 16 a month), one in three measures asks for none.
 */
@Component
class SupportDemo {

    static final int EVERY = 16;

    private static final Logger log = LoggerFactory.getLogger(SupportDemo.class);

    private final MeasureRepository measures;

    SupportDemo(MeasureRepository measures) {
        this.measures = measures;
    }

    @EventListener
    void onDemoRoster(PlacementDemoLoaded loaded) {
        AccessScope service = AccessScope.everything("the demo roster's support measures are loaded");
        List<CandidateRow> people = loaded.candidates();
        int added = 0;
        for (int i = 0; i < people.size(); i += EVERY) {
            CandidateRow person = people.get(i);
            int n = i / EVERY;
            MeasureKind kind = person.programme() == Programme.ADI ? MeasureKind.ADI_LINKED_SUPPORT
                    : MeasureKind.MUNICIPAL_ECONOMIC_AID;
            int hours = switch (n % 4) {
                case 0 -> 6;
                case 1 -> 4;
                case 2 -> 16;
                default -> 0;
            };
            ActivityPeriod period = n % 4 == 2 ? ActivityPeriod.MONTH : ActivityPeriod.WEEK;
            String activity = hours == 0 ? null : n % 2 == 0 ? "green-care" : "community";
            measures.create(service, person.id(), new Measure(kind, 250 + 50 * (n % 5), loaded.today(),
                    loaded.today().plusMonths(6), hours, period, activity)).orElseThrow();
            added++;
        }
        log.info("Demo roster: {} support measures added", added);
    }
}
