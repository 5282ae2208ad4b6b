package org.prossima.data.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.security.AccessScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row-level security on plans, as the service's own database role (not a superuser, the tables' owner): a query
 * with no WHERE clause at all returns only the plans of the connection's scope.
 */
@SpringBootTest
class PlanRowSecurityTest extends EmbeddedDatabaseTest {

    @Autowired
    PlanTable plans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aForgottenWhereClauseStillReturnsOnlyTheScopesPlans() {
        String marker = UUID.randomUUID().toString();
        UUID cisa = plans.create(new NewPlan(PlanKind.PLACEMENT, "CISA", null, 5, "{\"m\":\"" + marker + "\"}", null, 1));
        UUID ciss38 = plans.create(new NewPlan(PlanKind.PLACEMENT, "CISS38", null, 5, "{\"m\":\"" + marker + "\"}", null,
                1));
        UUID wholeAsl = plans.create(new NewPlan(PlanKind.PLACEMENT, null, null, 5, "{\"m\":\"" + marker + "\"}", null,
                1));
        UUID food = plans.create(new NewPlan(PlanKind.FOOD_RECOVERY, null, "ASSOC-A", 5, "{\"m\":\"" + marker + "\"}",
                null, 1));
        UUID allocation = plans.create(new NewPlan(PlanKind.ALLOCATION, null, null, 5, "{\"m\":\"" + marker + "\"}",
                null, 1));

        assertThat(visible(AccessScope.everything("the test's own check"), marker))
                .containsExactlyInAnyOrder(cisa, ciss38, wholeAsl, food, allocation);
        assertThat(visible(AccessScope.consortium("CISA"), marker)).containsExactlyInAnyOrder(cisa, allocation);
        assertThat(visible(AccessScope.consortium("CISSAC"), marker)).as("the wrong consortium sees no one's plan")
                .containsExactly(allocation);
        assertThat(visible(AccessScope.organisation("ASSOC-A"), marker)).containsExactlyInAnyOrder(food, allocation);
        assertThat(visible(AccessScope.nothing(), marker)).containsExactly(allocation);
        assertThat(AccessScope.consortium("CISSAC").run(() -> jdbc.sql("select current_user").query(String.class)
                .single())).isEqualTo("prossima");
        // The database is shared by the data tests: these made-up plans must not look like plans to resume.
        List.of(cisa, ciss38, wholeAsl, food, allocation).forEach(id -> plans.markFailed(id, "a test's made-up plan"));
    }

    /** Every plan id the scope's connection sees, with no WHERE clause on whose they are. */
    private List<UUID> visible(AccessScope scope, String marker) {
        return scope.run(() -> jdbc.sql("select id from plan where problem->>'m' = :m").param("m", marker)
                .query(UUID.class).list());
    }
}
