package org.prossima.data.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Placement figures from the roster and the coordinators' decisions: who was waiting during the period, who was
 * placed (an accepted match is a placement; a plan only proposes), how long they waited, and the commute of the
 * proposal accepted ({@code placement_proposal} of the plan the decision was taken on). A candidate counts in the
 * comune of their home, and in the consortium that follows them.
 */
@Repository
public class PlacementFigureRepository {

    private final JdbcClient jdbc;
    private final BoardAreas areas;

    public PlacementFigureRepository(JdbcClient jdbc, BoardAreas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    public List<PlacementFigures> figures(BoardArea area, BoardPeriod period) {
        Map<String, PlacementFigures.Counts> byCode = new HashMap<>();
        jdbc.sql("""
                with waiting as (
                    select c.id, c.consortium_code, c.istat_code, c.created_at, d.decided_at, d.plan_id,
                        d.decided_at < :end as placed
                    from placement_candidate c
                    left join placement_decision d on d.candidate_id = c.id and d.decision = 'ACCEPTED'
                    where c.created_at < :end and (d.decided_at is null or d.decided_at >= :start)
                )
                select %s as code, count(*) as candidates, count(*) filter (where w.placed) as placed,
                    round((percentile_cont(0.5) within group (order by extract(epoch from w.decided_at - w.created_at))
                        filter (where w.placed) / 86400.0)::numeric, 1)::float8 as median_waiting_days,
                    round(avg(p.commute_minutes) filter (where w.placed), 1)::float8 as mean_commute_minutes,
                    count(p.commute_minutes) filter (where w.placed) as commutes_known
                from waiting w
                left join comune m on m.istat_code = w.istat_code
                left join placement_proposal p on p.plan_id = w.plan_id and p.candidate_id = w.id
                group by 1
                """.formatted(area.key("m", "w.consortium_code")))
                .param("start", period.start()).param("end", period.end())
                .query(PlacementFigures.Counts.class).list()
                .forEach(counts -> byCode.put(counts.code(), counts));
        return areas.rows(area, byCode, PlacementFigures::of);
    }
}
