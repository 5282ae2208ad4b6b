package org.prossima.data.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Food-recovery figures from the stored plans. For each association and day of the period the plan in force is the
 * latest solved one (a re-plan of the day replaces the one before, and carries its drivers' reports over), so a
 * lot is counted once. A lot counts where it is handed over, at the charity of its drop-off; one reported
 * {@code NOT_AVAILABLE} counts nothing, one reported {@code COLLECTED} counts as reported, one without a report as
 * planned. A charity's comune is the comune of the town hall nearest its place (plans keep places as coordinates).
 * Lots brought back to a depot reach no charity and are not counted.
 */
@Repository
public class FoodRecoveryFigureRepository {

    /** The lots handed over at each charity in the plans in force, and the charities with their comune. */
    private static final String HANDED_OVER = """
            with in_force as (
                select distinct on (p.organisation, v.day) p.id
                from plan p join food_recovery_vehicle v on v.plan_id = p.id
                where p.kind = 'FOOD_RECOVERY' and p.status = 'SOLVED' and v.day between :from and :until
                order by p.organisation, v.day, p.created_at desc, p.id desc
            ),
            plans as (
                select p.id, p.organisation, p.created_at, p.problem, p.result
                from plan p where p.id in (select id from in_force)
            ),
            pickups as (
                select p.id as plan_id, k->>'id' as pickup, (k->>'kg')::bigint as kg, k->>'category' as category
                from plans p cross join jsonb_array_elements(p.problem->'pickups') k
            ),
            lots as (
                select p.id as plan_id, p.organisation, s->>'recipientId' as recipient, k.kg, k.category,
                    st.status
                from plans p
                cross join jsonb_array_elements(p.result->'routes') r
                cross join jsonb_array_elements(r->'stops') s
                cross join jsonb_array_elements_text(s->'deliveredPickupIds') d(pickup)
                join pickups k on k.plan_id = p.id and k.pickup = d.pickup
                left join food_recovery_stop_status st on st.plan_id = p.id and st.stop_ref = d.pickup
                where s->>'recipientId' is not null and st.status is distinct from 'NOT_AVAILABLE'
            ),
            recipients as (
                select distinct on (p.organisation, r->>'id') p.organisation, r->>'id' as recipient,
                    (r->>'peopleServed')::bigint as people,
                    (p.problem->'places'->((r->>'place')::int)->>'lat')::float8 as lat,
                    (p.problem->'places'->((r->>'place')::int)->>'lon')::float8 as lon
                from plans p cross join jsonb_array_elements(p.problem->'recipients') r
                order by p.organisation, r->>'id', p.created_at desc, p.id desc
            ),
            charities as (
                select r.organisation, r.recipient, r.people,
                    (select c.istat_code from comune c
                     order by power(c.lat - r.lat, 2) + power((c.lon - r.lon) * cos(radians(r.lat)), 2), c.istat_code
                     limit 1) as istat_code
                from recipients r
                where exists (select 1 from lots l where l.organisation = r.organisation and l.recipient = r.recipient)
            )
            """;

    private final JdbcClient jdbc;
    private final BoardAreas areas;

    public FoodRecoveryFigureRepository(JdbcClient jdbc, BoardAreas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    public List<FoodRecoveryFigures> figures(BoardArea area, BoardPeriod period) {
        Map<String, Map<String, Long>> kgByCategory = new HashMap<>();
        Map<String, long[]> kg = new HashMap<>();
        jdbc.sql(HANDED_OVER + """
                select %s as code, l.category,
                    coalesce(sum(l.kg) filter (where l.status = 'COLLECTED'), 0) as reported,
                    coalesce(sum(l.kg) filter (where l.status is null), 0) as planned
                from lots l
                join charities h on h.organisation = l.organisation and h.recipient = l.recipient
                join comune c on c.istat_code = h.istat_code
                group by 1, 2
                """.formatted(area.key("c")))
                .param("from", period.from()).param("until", period.until())
                .query((RowCallbackHandler) rs -> {
                    String code = rs.getString("code");
                    long reported = rs.getLong("reported");
                    long planned = rs.getLong("planned");
                    kgByCategory.computeIfAbsent(code, c -> new HashMap<>()).put(rs.getString("category"),
                            reported + planned);
                    long[] sums = kg.computeIfAbsent(code, c -> new long[2]);
                    sums[0] += reported;
                    sums[1] += planned;
                });
        Map<String, long[]> reached = new HashMap<>();
        jdbc.sql(HANDED_OVER + """
                select %s as code, count(*) as charities, coalesce(sum(h.people), 0) as people
                from charities h join comune c on c.istat_code = h.istat_code
                group by 1
                """.formatted(area.key("c")))
                .param("from", period.from()).param("until", period.until())
                .query((RowCallbackHandler) rs -> reached.put(rs.getString("code"),
                        new long[] {rs.getLong("charities"), rs.getLong("people")}));
        return areas.rows(area, reached, (name, charities) -> {
            long[] sums = kg.getOrDefault(name.code(), new long[2]);
            return new FoodRecoveryFigures(name, kgByCategory.getOrDefault(name.code(), Map.of()), sums[0], sums[1],
                    charities == null ? 0 : charities[0], charities == null ? 0 : charities[1]);
        });
    }
}
