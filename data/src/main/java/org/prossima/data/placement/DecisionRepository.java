package org.prossima.data.placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The coordinators' decisions on proposed matches: one per candidate–opportunity pair, the latest, private to the
 * candidate's consortium. The seats and tutors' time they take are counted across every consortium, as the service
 * (database functions of V15 that return counts only): every consortium's plans and decisions need them.
 */
@Repository
public class DecisionRepository {

    private static final String COLUMNS = "candidate_id, opportunity_id, consortium_code as consortium, decision, "
            + "plan_id, decided_at, decided_by";

    private final JdbcClient jdbc;

    public DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a decision on a pair, replacing an earlier one on the same pair. The catalogue shows the seats left:
     * decisions are recorded through {@code OpportunityPublishing.recordDecision}, which tells it.
     *
     * @param decidedBy the username of the coordinator deciding
     */
    public Decision decide(UUID candidateId, String opportunityId, String consortium, Decision.Kind decision,
            UUID planId, String decidedBy) {
        return jdbc.sql("""
                insert into placement_decision (candidate_id, opportunity_id, consortium_code, decision, plan_id,
                    decided_by)
                values (:candidate, :opportunity, :consortium, :decision, :plan, :by)
                on conflict (candidate_id, opportunity_id) do update set consortium_code = excluded.consortium_code,
                    decision = excluded.decision, plan_id = excluded.plan_id, decided_at = now(),
                    decided_by = excluded.decided_by
                """ + "returning " + COLUMNS)
                .param("candidate", candidateId).param("opportunity", opportunityId).param("consortium", consortium)
                .param("decision", decision.name()).param("plan", planId).param("by", decidedBy)
                .query(Decision.class).single();
    }

    public Optional<Decision> find(AccessScope scope, UUID candidateId, String opportunityId) {
        return ScopeSql.bind(jdbc.sql("select " + COLUMNS + " from placement_decision where candidate_id = :candidate"
                        + " and opportunity_id = :opportunity and " + ScopeSql.consortium("consortium_code"))
                .param("candidate", candidateId).param("opportunity", opportunityId), scope)
                .query(Decision.class).optional();
    }

    /** The opportunity a candidate of the scope is accepted for, if any. */
    public Optional<Decision> accepted(AccessScope scope, UUID candidateId) {
        return ScopeSql.bind(jdbc.sql("select " + COLUMNS + " from placement_decision where candidate_id = :candidate"
                        + " and decision = 'ACCEPTED' and " + ScopeSql.consortium("consortium_code"))
                .param("candidate", candidateId), scope).query(Decision.class).optional();
    }

    /** Every decision on the given candidates that the scope sees. */
    public List<Decision> ofCandidates(AccessScope scope, List<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return ScopeSql.bind(jdbc.sql("select " + COLUMNS + " from placement_decision where candidate_id = any(:ids)"
                        + " and " + ScopeSql.consortium("consortium_code"))
                .param("ids", candidateIds.toArray(UUID[]::new)), scope).query(Decision.class).list();
    }

    /**
     * Per opportunity, the people accepted there who are not candidates of {@code consortium}: a plan
     * for that consortium finds those seats (and their tutors' time) taken. Counted as the service.
     */
    public Map<String, Integer> acceptedOutside(String consortium) {
        Map<String, Integer> taken = new HashMap<>();
        jdbc.sql("select opportunity_id, people from prossima_accepted_outside(:consortium)")
                .param("consortium", consortium)
                .query(rs -> {
                    taken.put(rs.getString("opportunity_id"), rs.getInt("people"));
                });
        return taken;
    }

    /** People of every consortium accepted for an opportunity, other than {@code except} (null: everyone). */
    public int acceptedFor(String opportunityId, UUID except) {
        return jdbc.sql("select prossima_accepted_at(:opportunity, cast(:except as uuid))")
                .param("opportunity", opportunityId).param("except", except).query(Integer.class).single();
    }

    /** People of every consortium accepted for any opportunity a tutor follows, other than {@code except}. */
    public int acceptedWithTutor(String tutorId, UUID except) {
        return jdbc.sql("select prossima_accepted_with_tutor(:tutor, cast(:except as uuid))")
                .param("tutor", tutorId).param("except", except).query(Integer.class).single();
    }
}
