package org.prossima.data.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Support figures from {@code support_measure} and {@code support_attendance} (V21): the measures in force during
 * the period, and those whose community-activity commitment is met within it. A measure's hours planned for the
 * period are its commitment per week (a month's hours × 12 / 52) times the days it is in force within the period,
 * divided by 7, as {@code data/support/Progress} plans them; its hours done are those recorded for the weeks that
 * start within those days (or up to six days before, a week begun earlier and ending in them). Met: done ≥ planned.
 */
@Repository
public class SupportFigureRepository {

    private final JdbcClient jdbc;
    private final BoardAreas areas;

    public SupportFigureRepository(JdbcClient jdbc, BoardAreas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    public List<SupportFigures> figures(BoardArea area, BoardPeriod period) {
        Map<String, long[]> byCode = new HashMap<>();
        jdbc.sql("""
                with m as (
                    select m.id, m.candidate_id, m.consortium_code, m.monthly_euros, m.activity_hours,
                        case m.activity_period when 'WEEK' then m.activity_hours::float8
                            else m.activity_hours * 12.0 / 52.0 end
                            * ((least(m.valid_until, :until) - greatest(m.valid_from, :from) + 1) / 7.0) as planned,
                        greatest(m.valid_from, :from) as first_day, least(m.valid_until, :until) as last_day,
                        p.istat_code
                    from support_measure m join placement_candidate p on p.id = m.candidate_id
                    where m.valid_from <= :until and m.valid_until >= :from
                ), done as (
                    select m.id, coalesce(sum(a.hours), 0)::float8 as hours
                    from m left join support_attendance a on a.measure_id = m.id
                        and a.week_start between m.first_day - 6 and m.last_day
                    group by m.id
                )
                select %s as code, count(distinct m.candidate_id) as people, count(*) as measures,
                    count(*) filter (where m.activity_hours > 0) as with_commitment,
                    count(*) filter (where m.activity_hours > 0 and d.hours >= m.planned) as met,
                    coalesce(sum(m.monthly_euros), 0) as euros
                from m join done d on d.id = m.id left join comune c on c.istat_code = m.istat_code
                group by 1
                """.formatted(area.key("c", "m.consortium_code")))
                .param("from", period.from()).param("until", period.until())
                .query((RowCallbackHandler) rs -> byCode.put(rs.getString("code"), new long[] {rs.getLong("people"),
                        rs.getLong("measures"), rs.getLong("with_commitment"), rs.getLong("met"), rs.getLong("euros")}));
        return areas.rows(area, byCode, (name, c) -> c == null ? new SupportFigures(name, 0, 0, 0, 0, 0)
                : new SupportFigures(name, c[0], c[1], c[2], c[3], c[4]));
    }
}
