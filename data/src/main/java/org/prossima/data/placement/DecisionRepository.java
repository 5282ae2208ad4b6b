package org.prossima.data.placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The coordinators' decisions on proposed matches: one per candidate–opportunity pair, the latest. */
@Repository
public class DecisionRepository {

    private static final String COLUMNS =
            "candidate_id, opportunity_id, consortium_code as consortium, decision, plan_id, decided_at";

    private final JdbcClient jdbc;

    public DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a decision on a pair, replacing an earlier one on the same pair. The catalogue shows the seats left:
     * decisions are recorded through {@code OpportunityPublishing.recordDecision}, which tells it.
     */
    public Decision decide(UUID candidateId, String opportunityId, String consortium, Decision.Kind decision,
            UUID planId) {
        return jdbc.sql("""
                insert into placement_decision (candidate_id, opportunity_id, consortium_code, decision, plan_id)
                values (:candidate, :opportunity, :consortium, :decision, :plan)
                on conflict (candidate_id, opportunity_id) do update set consortium_code = excluded.consortium_code,
                    decision = excluded.decision, plan_id = excluded.plan_id, decided_at = now()
                """ + "returning " + COLUMNS)
                .param("candidate", candidateId).param("opportunity", opportunityId).param("consortium", consortium)
                .param("decision", decision.name()).param("plan", planId).query(Decision.class).single();
    }

    public Optional<Decision> find(UUID candidateId, String opportunityId) {
        return jdbc.sql("select " + COLUMNS + " from placement_decision where candidate_id = :candidate"
                        + " and opportunity_id = :opportunity")
                .param("candidate", candidateId).param("opportunity", opportunityId).query(Decision.class).optional();
    }

    /** The opportunity a candidate is accepted for, if any. */
    public Optional<Decision> accepted(UUID candidateId) {
        return jdbc.sql("select " + COLUMNS + " from placement_decision where candidate_id = :candidate"
                        + " and decision = 'ACCEPTED'")
                .param("candidate", candidateId).query(Decision.class).optional();
    }

    /** Every decision on the given candidates. */
    public List<Decision> ofCandidates(List<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from placement_decision where candidate_id = any(:ids)")
                .param("ids", candidateIds.toArray(UUID[]::new)).query(Decision.class).list();
    }

    /**
     * Per opportunity, the people accepted there who are not candidates of {@code consortium}: a plan
     * for that consortium finds those seats (and their tutors' time) taken.
     */
    public Map<String, Integer> acceptedOutside(String consortium) {
        Map<String, Integer> taken = new HashMap<>();
        jdbc.sql("""
                select d.opportunity_id, count(*) as people from placement_decision d
                join placement_candidate c on c.id = d.candidate_id
                where d.decision = 'ACCEPTED' and c.consortium_code <> :consortium
                group by d.opportunity_id
                """).param("consortium", consortium)
                .query(rs -> {
                    taken.put(rs.getString("opportunity_id"), rs.getInt("people"));
                });
        return taken;
    }

    /** People accepted for an opportunity, other than {@code except} (null: everyone). */
    public int acceptedFor(String opportunityId, UUID except) {
        return jdbc.sql("""
                select count(*) from placement_decision
                where opportunity_id = :opportunity and decision = 'ACCEPTED'
                    and (cast(:except as uuid) is null or candidate_id <> :except)
                """).param("opportunity", opportunityId).param("except", except).query(Integer.class).single();
    }

    /** People accepted for any opportunity a tutor follows, other than {@code except} (null: everyone). */
    public int acceptedWithTutor(String tutorId, UUID except) {
        return jdbc.sql("""
                select count(*) from placement_decision d join placement_opportunity o on o.id = d.opportunity_id
                where o.tutor_id = :tutor and d.decision = 'ACCEPTED'
                    and (cast(:except as uuid) is null or d.candidate_id <> :except)
                """).param("tutor", tutorId).param("except", except).query(Integer.class).single();
    }
}
