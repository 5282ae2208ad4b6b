package org.prossima.api.placement.plan;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.prossima.api.solving.SolvingState;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A placement plan: its scope ({@code consortium}, null for the whole ASL) and status; once a solution exists, the
 * score, the matches with their explanations, the consortium summaries, the distance to the flow optimum, where
 * travel times come from and which candidates and opportunities have none (null fields until then). The score by
 * constraint ({@code constraints}) and each match's contributions are there once the plan is solved. Texts are in
 * the request's language (Italian unless {@code Accept-Language} asks for English).
 */
public record PlanResponse(UUID id, String consortium, String status, int timeLimitSeconds, String score,
        Boolean feasible, Integer candidates, Integer placed, Long objective, FlowReference flowReference,
        List<String> travelSources, Boolean travelEstimate, List<UnroutablePlace> unroutable,
        List<ConsortiumSummary> consortia, Equity equity, List<ConstraintTotal> constraints, List<Match> matches,
        String failure, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime solvedAt,
        @JsonUnwrapped SolvingState solving) {

    /**
     * Equity across the consortia once the plan is solved: the spread of their placement rates (coefficient of
     * variation: population standard deviation over the mean, %; lowest and highest rate), and the same for the
     * steering board's greedy baseline on the same problem (first come, first served, nearest seat) with how many it
     * places. Null while solving and in plans stored before it was kept.
     */
    public record Equity(int consortia, double rateCvPercent, double rateMinPercent, double rateMaxPercent,
            int baselinePlaced, double baselineRateCvPercent, double baselineRateMinPercent,
            double baselineRateMaxPercent) {
    }

    /**
     * A candidate or an opportunity whose place has no road travel times for a travel profile ({@code CAR},
     * {@code TRANSIT}): no pair with it is eligible for that profile. {@code reason}: NO_ROAD_NEARBY or
     * NOT_CONNECTED. Null in plans stored before road travel times.
     */
    public record UnroutablePlace(String kind, String id, String travelProfile, String reason, String explanation) {
    }

    /** How far the plan is from the flow optimum (an upper bound for the full model, exact for the flow variant). */
    public record FlowReference(long optimumObjective, int optimumPlaced, double gapPercent, boolean exact,
            long millis) {
    }

    /** Per consortium: candidates, how many are placed, the rate, the monthly cost and the budget (null: none). */
    public record ConsortiumSummary(String consortium, int candidates, int placed, double placementRatePercent,
            long monthlyCostEuros, Long monthlyBudgetEuros) {
    }

    /** A constraint's share of the score, and how many placements, opportunities, tutors or consortia it touched. */
    public record ConstraintTotal(String constraint, String level, long score, int matches) {
    }

    /**
     * The plan for one candidate, a proposal until a coordinator decides: {@code decision} is the coordinator's
     * current decision on this candidate–opportunity pair ({@code ACCEPTED}, {@code REJECTED}), null when none, and
     * {@code decidedBy} who took it (a username; null when none, or for decisions of earlier versions).
     */
    public record Match(String candidateId, String consortium, String opportunityId, boolean pinned,
            Integer commuteMinutes, String travelProfile, int eligibleOpportunities, String decision,
            String decidedBy, Explanation explanation) {
    }

    /**
     * Why: one sentence, the match's score contributions (once the plan is solved), and for a candidate left out how
     * the opportunities narrow down and what would open more.
     */
    public record Explanation(String summary, List<Contribution> contributions, List<Reason> reasons,
            List<Unlock> unlocks) {
    }

    public record Contribution(String constraint, String level, long points, String text) {
    }

    public record Reason(String condition, int remaining, String text) {
    }

    public record Unlock(String kind, String detail, int opens, String text) {
    }
}
