package org.prossima.data.placement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.StoredPlan;
import org.prossima.data.security.AccessScope;
import org.prossima.data.security.AuditAction;
import org.prossima.data.security.PersonAudit;
import org.prossima.data.security.PersonKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure of a person (art. 17 GDPR): their personal details, their planning data, the coordinators' decisions on
 * them, their id in the board's proposals, and their entries in every stored plan's documents (problem, plan,
 * analysis) go, in one transaction. What stays is anonymous: each plan's headline counts, the proposals without an
 * id, and the audit, which knows people only by pseudonym and gains a line for the erasure.
 *
 * <p>Plans of every scope hold copies (a whole-ASL plan holds every consortium's candidates), so the connection must
 * carry the service's scope: call it within {@code AccessScope.everything(...)}; whose candidate may be erased is
 * decided by the actor's own scope.
 */
@Service
public class CandidateErasure {

    /** What an erasure touched: the plans rewritten, and the opportunity whose seat it freed (null: none). */
    public record Erased(List<UUID> plans, String freedOpportunityId) {
    }

    /** A plan holding the candidate is being solved: its result, written when it ends, would hold them again. */
    public static final class StillSolving extends RuntimeException {

        private final transient UUID planId;

        StillSolving(UUID planId) {
            super("placement plan " + planId + " is being solved");
            this.planId = planId;
        }

        public UUID planId() {
            return planId;
        }
    }

    private final JdbcClient jdbc;
    private final PlanTable plans;
    private final CandidateRepository candidates;
    private final DecisionRepository decisions;
    private final PersonAudit audit;
    private final PersonKeys keys;

    CandidateErasure(JdbcClient jdbc, PlanTable plans, CandidateRepository candidates, DecisionRepository decisions,
            PersonAudit audit, PersonKeys keys) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.candidates = candidates;
        this.decisions = decisions;
        this.audit = audit;
        this.keys = keys;
    }

    /**
     * Erases the candidate, when the actor's scope sees them; empty when it does not.
     *
     * @throws StillSolving when a plan holding the candidate is being solved (nothing is erased)
     */
    @Transactional
    public Optional<Erased> erase(Actor actor, UUID candidateId) {
        if (!AccessScope.ALL.equals(AccessScope.current().consortia())) {
            throw new IllegalStateException("an erasure must run as the service, to reach every plan holding the "
                    + "person: call it within AccessScope.everything(...)");
        }
        Optional<CandidateRow> candidate = candidates.find(actor.scope(), candidateId);
        if (candidate.isEmpty() || !candidates.lock(actor.scope(), candidateId)) {
            return Optional.empty();
        }
        String id = candidateId.toString();
        List<StoredPlan> holding = plans.holding(PlanKind.PLACEMENT, id);
        holding.stream().filter(p -> p.status() == PlanStatus.SOLVING).findFirst().ifPresent(p -> {
            throw new StillSolving(p.id());
        });
        for (StoredPlan plan : holding) {
            plans.rewriteDocuments(plan.id(), PlanScrub.problem(plan.problem(), id),
                    PlanScrub.document(plan.result(), id), PlanScrub.document(plan.analysis(), id));
        }
        String freed = decisions.accepted(actor.scope(), candidateId).map(Decision::opportunityId).orElse(null);
        jdbc.sql("update placement_proposal set candidate_id = null where candidate_id = :id").param("id", candidateId)
                .update();
        jdbc.sql("delete from placement_decision where candidate_id = :id").param("id", candidateId).update();
        jdbc.sql("delete from placement_candidate_person where candidate_id = :id").param("id", candidateId).update();
        candidates.delete(actor.scope(), candidateId);
        audit.append(actor.username(), actor.role(), AuditAction.ERASE_CANDIDATE, keys.pseudonym(id),
                candidate.get().consortium(), holding.size() + " stored plans rewritten", actor.remoteAddr());
        return Optional.of(new Erased(holding.stream().map(StoredPlan::id).toList(), freed));
    }
}
