package org.prossima.api.placement.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A placement plan: its scope ({@code consortium}, null for the whole ASL) and status; once a
 * solution exists, the score, the matches with their explanations, the consortium summaries, the
 * distance to the flow optimum, where travel times come from and which candidates and opportunities have none
 * (null fields until then).
 */
public record PlanResponse(UUID id, String consortium, String status, int timeLimitSeconds, String score,
        Boolean feasible, Integer candidates, Integer placed, Long objective, PlanResult.FlowReference flowReference,
        List<String> travelSources, Boolean travelEstimate, List<PlanResult.UnroutablePlace> unroutable,
        List<PlanResult.ConsortiumSummary> consortia,
        List<PlanResult.ConstraintTotal> constraints, List<PlanResult.Match> matches, String failure,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime solvedAt) {
}
