package org.prossima.api.web.placement;

import java.util.List;

import org.prossima.api.placement.plan.PlanResponse;

/**
 * One candidate of a plan as a row of the coordinator's table: who (name where the coordinator may see it, else the
 * short opaque id), the opportunity proposed and its commute, the score the proposal adds, where it stands (proposed,
 * accepted and pinned, rejected) and its explanation in the API's words; for someone left out, why and what would
 * open opportunities to them.
 */
public record MatchView(String candidateId, String shortId, String name, String opportunityId, String opportunityLabel,
        Integer commuteMinutes, String travelProfile, long score, String decision, String decidedBy, boolean pinned,
        boolean decidable, PlanResponse.Explanation explanation, String problem) {

    static MatchView of(PlanResponse.Match m, String name, String opportunityLabel, boolean decidable,
            String problem) {
        PlanResponse.Explanation e = m.explanation();
        long score = e == null ? 0 : e.contributions().stream().filter(c -> "SOFT".equalsIgnoreCase(c.level()))
                .mapToLong(PlanResponse.Contribution::points).sum();
        return new MatchView(m.candidateId(), Roster.shortId(m.candidateId()), name, m.opportunityId(),
                opportunityLabel, m.commuteMinutes(), m.travelProfile(), score, m.decision(), m.decidedBy(),
                m.pinned(), decidable, e, problem);
    }

    public boolean accepted() {
        return "ACCEPTED".equals(decision);
    }

    public boolean rejected() {
        return "REJECTED".equals(decision);
    }

    /** The row's element id: candidate ids are UUIDs, safe in an id. */
    public String rowId() {
        return "match-" + candidateId;
    }

    public List<PlanResponse.Contribution> contributions() {
        return explanation == null ? List.of() : explanation.contributions();
    }
}
