package org.prossima.api.placement.plan;

import java.util.UUID;

import org.prossima.api.error.ConflictException;
import org.prossima.api.placement.PlacementAccess;
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
import org.prossima.data.security.AccessScope;
import org.prossima.data.security.AuditAction;
import org.prossima.data.security.PersonAudit;
import org.prossima.data.security.PersonKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator accepts or rejects a match a solved plan proposes (art. 22 GDPR: the plan proposes, a named person
 * decides; the decision records who, and the audit of personal data gains a line). Accepted: the candidate is
 * pinned to the opportunity in later plans, provided a seat (and the tutor's time) is still free, counting the
 * people every consortium has accepted. Rejected: the pair is never proposed again (a rejection also withdraws an
 * earlier acceptance). Only the candidate's own consortium's coordinators see the plan and the candidate.
 */
@Service
class PlacementDecisions {

    private final StoredPlans plans;
    private final DecisionRepository decisions;
    private final CandidateRepository candidates;
    private final OpportunityRepository opportunities;
    private final TutorRepository tutors;
    private final OpportunityPublishing publishing;
    private final PersonAudit audit;
    private final PersonKeys keys;

    PlacementDecisions(StoredPlans plans, DecisionRepository decisions, CandidateRepository candidates,
            OpportunityRepository opportunities, TutorRepository tutors, OpportunityPublishing publishing,
            PersonAudit audit, PersonKeys keys) {
        this.publishing = publishing;
        this.audit = audit;
        this.keys = keys;
        this.plans = plans;
        this.decisions = decisions;
        this.candidates = candidates;
        this.opportunities = opportunities;
        this.tutors = tutors;
    }

    @Transactional
    public Decision accept(PlacementAccess access, String planId, String candidateId) {
        AccessScope scope = access.scope();
        Proposal proposal = proposal(scope, planId, candidateId);
        UUID candidate = proposal.candidate().id();
        String opportunityId = proposal.opportunityId();
        candidates.lock(scope, candidate);
        var earlier = decisions.accepted(scope, candidate);
        if (earlier.isPresent()) {
            if (earlier.get().opportunityId().equals(opportunityId)) {
                return earlier.get();
            }
            throw new ConflictException("already-accepted", "Already accepted", "Candidate '" + candidateId
                    + "' is already accepted for opportunity '" + earlier.get().opportunityId() + "'",
                    "reject that match first (POST .../matches/" + candidateId + "/reject on a plan proposing it), "
                            + "then accept this one");
        }
        OpportunityRow opportunity = opportunities.lock(scope, opportunityId).orElseThrow(() -> new ConflictException(
                "Opportunity '" + opportunityId + "' no longer exists", "solve a new plan"));
        int taken = decisions.acceptedFor(opportunityId, candidate);
        if (taken >= opportunity.seats()) {
            throw new ConflictException("opportunity-full", "Opportunity full", "All " + opportunity.seats()
                    + " seats of opportunity '" + opportunityId + "' are already taken by accepted placements",
                    "reject this match and solve a new plan, or add seats to the opportunity");
        }
        if (opportunity.tutorId() != null) {
            TutorRow tutor = tutors.lock(scope, opportunity.tutorId()).orElseThrow();
            int followed = decisions.acceptedWithTutor(tutor.id(), candidate);
            if (followed >= tutor.maxPeople()) {
                throw new ConflictException("tutor-full", "Tutor full", "Tutor '" + tutor.id() + "' of opportunity '"
                        + opportunityId + "' already follows " + followed + " accepted people, the most they can",
                        "reject this match and solve a new plan, or raise the tutor's maxPeople");
            }
        }
        return recorded(access, proposal, Decision.Kind.ACCEPTED);
    }

    @Transactional
    public Decision reject(PlacementAccess access, String planId, String candidateId) {
        Proposal proposal = proposal(access.scope(), planId, candidateId);
        candidates.lock(access.scope(), proposal.candidate().id());
        return recorded(access, proposal, Decision.Kind.REJECTED);
    }

    /** The decision, by the caller, and its line in the audit (the opportunity and the plan; no personal data). */
    private Decision recorded(PlacementAccess access, Proposal proposal, Decision.Kind kind) {
        CandidateRow candidate = proposal.candidate();
        Decision decision = publishing.recordDecision(candidate.id(), proposal.opportunityId(),
                candidate.consortium(), kind, proposal.planId(), access.caller().username());
        audit.append(access.caller().username(), access.caller().role().name(), kind == Decision.Kind.ACCEPTED
                ? AuditAction.ACCEPT_MATCH : AuditAction.REJECT_MATCH, keys.pseudonym(candidate.id().toString()),
                candidate.consortium(), "opportunity " + proposal.opportunityId() + ", plan " + proposal.planId(),
                access.remoteAddr());
        return decision;
    }

    private record Proposal(UUID planId, CandidateRow candidate, String opportunityId) {
    }

    /** The opportunity a solved plan proposes to a candidate; 404 for a plan the scope does not see, else 409. */
    private Proposal proposal(AccessScope scope, String planId, String candidateId) {
        StoredPlacementPlan stored = plans.stored(scope, planId);
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
        CandidateRow candidate = UuidParam.parse(candidateId).flatMap(id -> candidates.find(scope, id))
                .orElseThrow(() -> new ConflictException("no-proposal", "No proposal", "Candidate '" + candidateId
                        + "' no longer exists", "solve a new plan"));
        return new Proposal(stored.row().id(), candidate, match.opportunityId());
    }
}
