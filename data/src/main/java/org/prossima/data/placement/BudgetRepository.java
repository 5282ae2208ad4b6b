package org.prossima.data.placement;

import java.util.List;
import java.util.Optional;

import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consortia's monthly budgets for placement allowances, each private to its consortium. */
@Repository
public class BudgetRepository {

    private static final String COLUMNS = "consortium_code as consortium, monthly_euros, updated_at";

    private final JdbcClient jdbc;

    public BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets a consortium's budget, replacing the one before (row-level security refuses another's). */
    public void put(String consortium, long monthlyEuros) {
        jdbc.sql("""
                insert into placement_budget (consortium_code, monthly_euros) values (:consortium, :euros)
                on conflict (consortium_code) do update set monthly_euros = excluded.monthly_euros, updated_at = now()
                """).param("consortium", consortium).param("euros", monthlyEuros).update();
    }

    /** The consortium's budget, if the scope sees it. */
    public Optional<BudgetRow> find(AccessScope scope, String consortium) {
        return ScopeSql.bind(jdbc.sql("select " + COLUMNS + " from placement_budget where consortium_code = :consortium"
                + " and " + ScopeSql.consortium("consortium_code")).param("consortium", consortium), scope)
                .query(BudgetRow.class).optional();
    }

    /** Every budget the scope sees, by consortium. */
    public List<BudgetRow> all(AccessScope scope) {
        return ScopeSql.bind(jdbc.sql("select " + COLUMNS + " from placement_budget where "
                + ScopeSql.consortium("consortium_code") + " order by consortium_code"), scope)
                .query(BudgetRow.class).list();
    }
}
