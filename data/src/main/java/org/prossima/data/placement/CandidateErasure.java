package org.prossima.data.placement;

import static org.prossima.travel.roads.RoadMatrixCache.microdegrees;

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
 * them, their id in the board's proposals, their entries in every stored plan's documents (problem, plan,
 * analysis) and their home's entries in the travel-time cache go, in one transaction. What stays is anonymous:
 * each plan's headline counts, the proposals without an id, and the audit, which knows people only by pseudonym
 * and gains a line for the erasure.
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
        holding.stream().filter(p -> p.status().active()).findFirst().ifPresent(p -> {
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
        forgetHome(candidate.get());
        audit.append(actor.username(), actor.role(), AuditAction.ERASE_CANDIDATE, keys.pseudonym(id),
                candidate.get().consortium(), holding.size() + " stored plans rewritten", actor.remoteAddr());
        return Optional.of(new Erased(holding.stream().map(StoredPlan::id).toList(), freed));
    }

    /**
     * A home given as coordinates is a place the travel-time cache may hold (it says nothing of who lives there, but
     * a person's address should not outlive them): its entries go; the cache computes them again if anyone needs
     * them. A home given as a comune is its town hall, everyone's.
     */
    private void forgetHome(CandidateRow candidate) {
        if (candidate.lat() == null || candidate.lon() == null) {
            return;
        }
        int lat = microdegrees(candidate.lat());
        int lon = microdegrees(candidate.lon());
        jdbc.sql("""
                delete from travel_matrix_cache
                where (from_lat = :lat and from_lon = :lon) or (to_lat = :lat and to_lon = :lon)
                """).param("lat", lat).param("lon", lon).update();
        jdbc.sql("delete from travel_place_unroutable where lat = :lat and lon = :lon").param("lat", lat)
                .param("lon", lon).update();
    }
}
