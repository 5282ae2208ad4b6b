package org.prossima.api.web.placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.prossima.api.placement.plan.PlanResponse;
import org.prossima.api.web.MapData;
import org.prossima.api.web.TownHalls;
import org.prossima.data.placement.CandidateRow;
import org.prossima.data.placement.OpportunityRow;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The plan's map: where each proposal would take its candidate, as static/js/prossima.js draws it. */
final class PlanMap {

    /** Colour groups as static/js/prossima.js numbers them (placement.css's legend uses the same colours). */
    private static final int PROPOSED_COLOUR = 0;
    private static final int OPPORTUNITY_COLOUR = 1;
    private static final int ACCEPTED_COLOUR = 2;
    private static final int HOME_COLOUR = 4;
    /** An opportunity's dot is larger than a home's, so a candidate living where they would work shows both. */
    private static final int OPPORTUNITY_RADIUS = 10;
    private static final int HOME_RADIUS = 5;

    private final TownHalls townHalls;
    private final MessageSource messages;

    PlanMap(TownHalls townHalls, MessageSource messages) {
        this.townHalls = townHalls;
        this.messages = messages;
    }

    /**
     * Each match's commute on the map: the candidate's home (their comune, or their coordinates), the opportunity,
     * and a line between them, dashed when travel times are straight-line estimates. Colours (prossima.js groups):
     * opportunities red, homes purple, proposed commutes blue, accepted ones green; the page's legend says so.
     */
    MapData of(PlanResponse plan, List<MatchView> rows, Map<String, OpportunityRow> opportunities,
            List<CandidateRow> candidates) {
        MapData map = MapData.of(townHalls, null);
        Map<String, CandidateRow> homes = new HashMap<>();
        candidates.forEach(c -> homes.put(c.id().toString(), c));
        boolean estimate = Boolean.TRUE.equals(plan.travelEstimate());
        for (MatchView r : rows) {
            OpportunityRow o = r.opportunityId() == null ? null : opportunities.get(r.opportunityId());
            CandidateRow c = homes.get(r.candidateId());
            if (o == null) {
                continue;
            }
            Optional<double[]> to = Places.of(o.lat(), o.lon(), o.istatCode(), townHalls);
            Optional<double[]> from = c == null ? Optional.empty()
                    : Places.of(c.lat(), c.lon(), c.istatCode(), townHalls);
            String who = r.name() != null ? r.name() : r.shortId();
            to.ifPresent(t -> map.points().add(new MapData.Point(t[0], t[1], r.opportunityLabel(), null,
                    OPPORTUNITY_COLOUR, OPPORTUNITY_RADIUS)));
            from.ifPresent(f -> map.points().add(new MapData.Point(f[0], f[1], message("placement.plan.home", who,
                    c.istatCode() == null ? "" : townHalls.name(c.istatCode())), null, HOME_COLOUR, HOME_RADIUS)));
            if (to.isPresent() && from.isPresent()) {
                String minutes = r.commuteMinutes() == null ? "" : ", " + message("placement.plan.minutes",
                        r.commuteMinutes());
                map.lines().add(new MapData.Line(List.of(from.get(), to.get()), who + " → " + o.id() + minutes,
                        r.accepted() ? ACCEPTED_COLOUR : PROPOSED_COLOUR, estimate));
            }
        }
        return map;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
