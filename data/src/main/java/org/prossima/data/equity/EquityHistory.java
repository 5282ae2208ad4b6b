package org.prossima.data.equity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The equity figures of the plans solved in a period, newest first, as stored with each plan: for placement the
 * spread of the consortia's placement rates and the greedy baseline's on the same problem, for food recovery the
 * spread of kg per person served over the charities (rounded as the plan answers them). Aggregates only: no candidate, charity or lot is read.
 * Plans solved before the figures were kept have none and are left out.
 */
@Repository
public class EquityHistory {

    /** At most this many plans of each kind per answer, the newest: the board reads trends, not every plan. */
    private static final int MAX_PLANS = 500;

    private final JdbcClient jdbc;

    public EquityHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One solved placement plan: its scope (null: the whole ASL), who it placed and how evenly. */
    public record PlacementEquity(UUID plan, String consortium, OffsetDateTime solvedAt, int candidates, int placed,
            int consortia, double rateCvPercent, double rateMinPercent, double rateMaxPercent, int baselinePlaced,
            double baselineRateCvPercent, double baselineRateMinPercent, double baselineRateMaxPercent) {
    }

    /** One solved food-recovery day: how many charities share the food and how evenly per person served. */
    public record FoodEquity(UUID plan, OffsetDateTime solvedAt, int recipients, double kgPerPersonCvPercent,
            double kgPerPersonMin, double kgPerPersonMax, double kgPerPersonGini, Double baselineKgPerPersonCvPercent) {
    }

    public List<PlacementEquity> placement(OffsetDateTime from, OffsetDateTime until) {
        return jdbc.sql("""
                select id as plan, consortium_code as consortium, solved_at,
                    (result->>'candidates')::int as candidates, (result->>'placed')::int as placed,
                    (result->'equity'->>'consortia')::int as consortia,
                    (result->'equity'->>'rateCvPercent')::float8 as rate_cv_percent,
                    (result->'equity'->>'rateMinPercent')::float8 as rate_min_percent,
                    (result->'equity'->>'rateMaxPercent')::float8 as rate_max_percent,
                    (result->'equity'->>'baselinePlaced')::int as baseline_placed,
                    (result->'equity'->>'baselineRateCvPercent')::float8 as baseline_rate_cv_percent,
                    (result->'equity'->>'baselineRateMinPercent')::float8 as baseline_rate_min_percent,
                    (result->'equity'->>'baselineRateMaxPercent')::float8 as baseline_rate_max_percent
                from plan
                where kind = 'PLACEMENT' and status = 'SOLVED' and jsonb_typeof(result->'equity') = 'object'
                  and solved_at >= :from and solved_at < :until
                order by solved_at desc, id
                limit :limit
                """).param("from", from).param("until", until).param("limit", MAX_PLANS)
                .query(PlacementEquity.class).list();
    }

    public List<FoodEquity> foodRecovery(OffsetDateTime from, OffsetDateTime until) {
        return jdbc.sql("""
                select id as plan, solved_at,
                    (result->'kgPerPerson'->>'count')::int as recipients,
                    round((result->'kgPerPerson'->>'coefficientOfVariationPercent')::numeric, 1)::float8
                        as kg_per_person_cv_percent,
                    round((result->'kgPerPerson'->>'min')::numeric, 3)::float8 as kg_per_person_min,
                    round((result->'kgPerPerson'->>'max')::numeric, 3)::float8 as kg_per_person_max,
                    round((result->'kgPerPerson'->>'gini')::numeric, 3)::float8 as kg_per_person_gini,
                    round((result->'baselineKgPerPerson'->>'coefficientOfVariationPercent')::numeric, 1)::float8
                        as baseline_kg_per_person_cv_percent
                from plan
                where kind = 'FOOD_RECOVERY' and status = 'SOLVED' and jsonb_typeof(result->'kgPerPerson') = 'object'
                  and solved_at >= :from and solved_at < :until
                order by solved_at desc, id
                limit :limit
                """).param("from", from).param("until", until).param("limit", MAX_PLANS)
                .query(FoodEquity.class).list();
    }
}
