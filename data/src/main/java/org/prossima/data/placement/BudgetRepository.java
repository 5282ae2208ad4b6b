package org.prossima.data.placement;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consortia's monthly budgets for placement allowances. */
@Repository
public class BudgetRepository {

    private static final String COLUMNS = "consortium_code as consortium, monthly_euros, updated_at";

    private final JdbcClient jdbc;

    public BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets a consortium's budget, replacing the one before. */
    public void put(String consortium, long monthlyEuros) {
        jdbc.sql("""
                insert into placement_budget (consortium_code, monthly_euros) values (:consortium, :euros)
                on conflict (consortium_code) do update set monthly_euros = excluded.monthly_euros, updated_at = now()
                """).param("consortium", consortium).param("euros", monthlyEuros).update();
    }

    public Optional<BudgetRow> find(String consortium) {
        return jdbc.sql("select " + COLUMNS + " from placement_budget where consortium_code = :consortium")
                .param("consortium", consortium).query(BudgetRow.class).optional();
    }

    public List<BudgetRow> all() {
        return jdbc.sql("select " + COLUMNS + " from placement_budget order by consortium_code")
                .query(BudgetRow.class).list();
    }
}
