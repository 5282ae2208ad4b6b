package org.prossima.data.placement;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts of a solved plan for the steering board ({@code placement_proposal}): one row per candidate, written
 * when the plan is solved, and by the migration that carried the plans of earlier versions over, so both write the
 * same facts.
 */
public final class PlacementProposals {

    private PlacementProposals() {
    }

    /** Writes one proposal per candidate of a solved plan, in one statement. */
    public static void write(JdbcClient jdbc, UUID planId, PlacementPlanRecord plan) {
        List<PlacementPlanRecord.Match> matches = plan.matches();
        jdbc.sql("""
                insert into placement_proposal (plan_id, candidate_id, opportunity_id, consortium_code,
                    commute_minutes, pinned)
                select :plan, m.candidate, m.opportunity, m.consortium, m.commute, m.pinned
                from unnest(cast(:candidates as uuid[]), cast(:opportunities as text[]), cast(:consortia as text[]),
                    cast(:commutes as integer[]), cast(:pinned as boolean[]))
                    as m(candidate, opportunity, consortium, commute, pinned)
                """).param("plan", planId)
                .param("candidates", matches.stream().map(m -> UUID.fromString(m.candidateId())).toArray(UUID[]::new))
                .param("opportunities", matches.stream().map(PlacementPlanRecord.Match::opportunityId)
                        .toArray(String[]::new))
                .param("consortia", matches.stream().map(PlacementPlanRecord.Match::consortium).toArray(String[]::new))
                .param("commutes", matches.stream().map(PlacementPlanRecord.Match::commuteMinutes)
                        .toArray(Integer[]::new))
                .param("pinned", matches.stream().map(PlacementPlanRecord.Match::pinned).toArray(Boolean[]::new))
                .update();
    }
}
