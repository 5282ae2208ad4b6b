package org.prossima.data.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Candidates' reach, from the placement plans solved during the period: each candidate's latest plan says how many
 * opportunities they are eligible for ({@code eligibleOpportunities} of its match), the model's own count, travel
 * with their own mobility included. Per comune of the candidate's home, as the roster has it now (an erased person is
 * in no plan any more).
 */
@Repository
public class CandidateReachRepository {

    private final JdbcClient jdbc;
    private final BoardAreas areas;

    public CandidateReachRepository(JdbcClient jdbc, BoardAreas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    public List<CandidateReach> perComune(BoardPeriod period) {
        Map<String, long[]> byCode = new HashMap<>();
        jdbc.sql("""
                with latest as (
                    select distinct on (m->>'candidateId') m->>'candidateId' as candidate,
                        (m->>'eligibleOpportunities')::int as eligible
                    from plan p cross join jsonb_array_elements(p.result->'matches') m
                    where p.kind = 'PLACEMENT' and p.status = 'SOLVED' and p.solved_at >= :start and p.solved_at < :end
                        and m->>'candidateId' is not null
                    order by m->>'candidateId', p.solved_at desc, p.id desc
                )
                select c.istat_code as code, count(*) as candidates, count(*) filter (where l.eligible > 0) as reach
                from latest l join placement_candidate c on c.id::text = l.candidate
                group by 1
                """).param("start", period.start()).param("end", period.end())
                .query((RowCallbackHandler) rs -> byCode.put(rs.getString("code"),
                        new long[] {rs.getLong("candidates"), rs.getLong("reach")}));
        return areas.rows(BoardArea.COMUNE, byCode, (name, counts) -> counts == null ? new CandidateReach(name, 0, 0)
                : new CandidateReach(name, counts[0], counts[1]));
    }
}
