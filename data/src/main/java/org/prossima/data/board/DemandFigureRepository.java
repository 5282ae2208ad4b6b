package org.prossima.data.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Demand figures: requests from {@code demand_request}, lots and jobs from the current allocation (the latest solved
 * allocation plan, {@code demand_current_job}: one job per allocated lot), each in the comune of its place (a request
 * or job placed by coordinates only is in the unknown area).
 */
@Repository
public class DemandFigureRepository {

    private final JdbcClient jdbc;
    private final BoardAreas areas;

    public DemandFigureRepository(JdbcClient jdbc, BoardAreas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    public List<DemandFigures> figures(BoardArea area, BoardPeriod period) {
        Map<String, long[]> byCode = new HashMap<>();
        jdbc.sql("""
                select %s as code, count(*) as requests
                from demand_request r left join comune c on c.istat_code = r.istat_code
                where r.created_at < :end and r.starts_on <= :until and r.ends_on >= :from
                    and (r.withdrawn_at is null or r.withdrawn_at >= :start)
                group by 1
                """.formatted(area.key("c")))
                .param("start", period.start()).param("end", period.end())
                .param("from", period.from()).param("until", period.until())
                .query((RowCallbackHandler) rs -> byCode.computeIfAbsent(rs.getString("code"), c -> new long[3])[0] =
                        rs.getLong("requests"));
        jdbc.sql("""
                select %s as code, count(distinct j.lot_id) as lots, coalesce(sum(j.seats), 0) as seats
                from demand_current_job j left join comune c on c.istat_code = j.istat_code
                where j.starts_on <= :until and j.ends_on >= :from
                group by 1
                """.formatted(area.key("c", "j.consortium_code")))
                .param("from", period.from()).param("until", period.until())
                .query((RowCallbackHandler) rs -> {
                    long[] counts = byCode.computeIfAbsent(rs.getString("code"), c -> new long[3]);
                    counts[1] = rs.getLong("lots");
                    counts[2] = rs.getLong("seats");
                });
        return areas.rows(area, byCode, (name, counts) -> counts == null ? new DemandFigures(name, 0, 0, 0)
                : new DemandFigures(name, counts[0], counts[1], counts[2]));
    }
}
