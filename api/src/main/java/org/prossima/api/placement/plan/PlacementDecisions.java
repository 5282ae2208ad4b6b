package org.prossima.api.placement.plan;

import java.util.UUID;

import org.prossima.api.error.ConflictException;
import org.prossima.api.placement.UuidParam;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.CandidateRow;
import org.prossima.data.placement.Decision;
import org.prossima.data.placement.DecisionRepository;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.placement.PlacementPlanRecord;
import org.prossima.data.placement.StoredPlacementPlan;
import org.prossima.data.placement.TutorRepository;
import org.prossima.data.placement.TutorRow;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.publishing.OpportunityPublishing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator accepts or rejects a match a solved plan proposes. Accepted: the candidate is
 * pinned to the opportunity in later plans, provided a seat (and the tutor's time) is still free.
 * Rejected: the pair is never proposed again (a rejection also withdraws an earlier acceptance).
 */
@Service
class PlacementDecisions {

    private final StoredPlans plans;
    private final DecisionRepository decisions;
    private final CandidateRepository candidates;
    private final OpportunityRepository opportunities;
    private final TutorRepository tutors;
    private final OpportunityPublishing publishing;

    PlacementDecisions(StoredPlans plans, DecisionRepository decisions, CandidateRepository candidates,
            OpportunityRepository opportunities, TutorRepository tutors, OpportunityPublishing publishing) {
        this.publishing = publishing;
        this.plans = plans;
        this.decisions = decisions;
        this.candidates = candidates;
        this.opportunities = opportunities;
        this.tutors = tutors;
    }

    @Transactional
    public Decision accept(String planId, String candidateId) {
        Proposal proposal = proposal(planId, candidateId);
        UUID candidate = proposal.candidate().id();
        String opportunityId = proposal.opportunityId();
        candidates.lock(candidate);
        var earlier = decisions.accepted(candidate);
        if (earlier.isPresent()) {
            if (earlier.get().opportunityId().equals(opportunityId)) {
                return earlier.get();
            }
            throw new ConflictException("already-accepted", "Already accepted", "Candidate '" + candidateId
                    + "' is already accepted for opportunity '" + earlier.get().opportunityId() + "'",
                    "reject that match first (POST .../matches/" + candidateId + "/reject on a plan proposing it), "
                            + "then accept this one");
        }
        OpportunityRow opportunity = opportunities.lock(opportunityId).orElseThrow(() -> new ConflictException(
                "Opportunity '" + opportunityId + "' no longer exists", "solve a new plan"));
        int taken = decisions.acceptedFor(opportunityId, candidate);
        if (taken >= opportunity.seats()) {
            throw new ConflictException("opportunity-full", "Opportunity full", "All " + opportunity.seats()
                    + " seats of opportunity '" + opportunityId + "' are already taken by accepted placements",
                    "reject this match and solve a new plan, or add seats to the opportunity");
        }
        if (opportunity.tutorId() != null) {
            TutorRow tutor = tutors.lock(opportunity.tutorId()).orElseThrow();
            int followed = decisions.acceptedWithTutor(tutor.id(), candidate);
            if (followed >= tutor.maxPeople()) {
                throw new ConflictException("tutor-full", "Tutor full", "Tutor '" + tutor.id() + "' of opportunity '"
                        + opportunityId + "' already follows " + followed + " accepted people, the most they can",
                        "reject this match and solve a new plan, or raise the tutor's maxPeople");
            }
        }
        return publishing.recordDecision(candidate, opportunityId, proposal.candidate().consortium(),
                Decision.Kind.ACCEPTED, proposal.planId());
    }

    @Transactional
    public Decision reject(String planId, String candidateId) {
        Proposal proposal = proposal(planId, candidateId);
        candidates.lock(proposal.candidate().id());
        return publishing.recordDecision(proposal.candidate().id(), proposal.opportunityId(),
                proposal.candidate().consortium(), Decision.Kind.REJECTED, proposal.planId());
    }

    private record Proposal(UUID planId, CandidateRow candidate, String opportunityId) {
    }

    /** The opportunity a solved plan proposes to a candidate; 404 for an unknown plan, else 409. */
    private Proposal proposal(String planId, String candidateId) {
        StoredPlacementPlan stored = plans.stored(planId);
        PlanStatus status = stored.row().status();
        if (status != PlanStatus.SOLVED) {
            throw new ConflictException("Plan '" + planId + "' is " + status + ", not SOLVED",
                    status == PlanStatus.SOLVING ? "poll GET /api/v1/placement/plans/" + planId
                            + " until its status is SOLVED" : "solve a new plan");
        }
        PlacementPlanRecord.Match match = stored.plan().matches().stream()
                .filter(m -> m.candidateId().equals(candidateId)).findFirst()
                .orElseThrow(() -> new ConflictException("no-proposal", "No proposal", "Plan '" + planId
                        + "' has no match for candidate '" + candidateId + "'",
                        "use a candidateId from the plan's matches"));
        if (match.opportunityId() == null) {
            throw new ConflictException("no-proposal", "No proposal", "Plan '" + planId
                    + "' proposes no opportunity to candidate '" + candidateId + "'",
                    "the match's explanation says why and what would open opportunities");
        }
        CandidateRow candidate = UuidParam.parse(candidateId).flatMap(candidates::find).orElseThrow(() ->
                new ConflictException("no-proposal", "No proposal", "Candidate '" + candidateId
                        + "' no longer exists", "solve a new plan"));
        return new Proposal(stored.row().id(), candidate, match.opportunityId());
    }
}
