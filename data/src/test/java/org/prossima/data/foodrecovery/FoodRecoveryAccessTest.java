package org.prossima.data.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.data.foodrecovery.FoodRecoveryRecords.plan;
import static org.prossima.data.foodrecovery.FoodRecoveryRecords.problem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository.AssignedVehicle;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.VehicleRecord;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.SolveAttempt;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose food-recovery plans a scope finds: an association's own only, by the repository's scope and, behind it, by
 * row-level security as the service's own database role (plans, their vehicles and their deliveries).
 */
@SpringBootTest
class FoodRecoveryAccessTest extends EmbeddedDatabaseTest {

    private static final AccessScope SERVICE = AccessScope.everything("the test's own checks");
    private static final FoodRecoveryAnalysisRecord ANALYSIS = new FoodRecoveryAnalysisRecord("0hard/0medium/-1soft",
            0, 0, -1, List.of());

    @Autowired
    FoodRecoveryPlanRepository plans;
    @Autowired
    PlanTable planTable;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssociationFindsAndListsOnlyItsOwnPlans() {
        String mine = association();
        String theirs = association();
        UUID own = plans.create(mine, problem(), 5);
        UUID other = plans.create(theirs, problem(), 5);
        AccessScope scope = AccessScope.organisation(mine);

        assertThat(plans.find(scope, own)).isPresent();
        assertThat(plans.find(scope, other)).isEmpty();
        assertThat(plans.find(AccessScope.consortium("CISA"), own)).isEmpty();
        assertThat(plans.find(AccessScope.nothing(), own)).isEmpty();
        assertThat(plans.find(SERVICE, other)).isPresent();

        UUID newer = plans.create(mine, problem(), 5);
        assertThat(plans.page(scope, 0, 10)).extracting(FoodRecoveryPlanSummary::id).containsExactly(newer, own);
        assertThat(plans.count(scope)).isEqualTo(2);
        assertThat(plans.page(scope, 1, 10)).extracting(FoodRecoveryPlanSummary::id).containsExactly(own);
        FoodRecoveryPlanSummary summary = plans.page(scope, 0, 1).getFirst();
        assertThat(summary.day()).isEqualTo(problem().vehicles().getFirst().day());
        assertThat(summary.pickups()).isEqualTo(2);
        assertThat(summary.score()).isNull();
        assertThat(plans.page(AccessScope.nothing(), 0, 10)).isEmpty();
        assertThat(plans.count(AccessScope.consortium("CISA"))).isZero();

        plans.markSolved(claimed(own), problem(), plan("0hard/0medium/-1soft"), ANALYSIS);
        assertThat(plans.deliveries(scope, own)).hasSize(1);
        assertThat(plans.deliveries(AccessScope.organisation(theirs), own)).isEmpty();
        List.of(other, newer).forEach(id -> plans.markFailed(id, "a test's plan"));
    }

    @Test
    void aDriverHasTheVehiclesOfThePlanInForceEachDay() {
        String association = association();
        LocalDate today = TerritoryClock.today();
        UUID older = plans.create(association, onDay(today, "V1", "anna", "V2", "bruno"), 5);
        UUID newer = plans.create(association, onDay(today, "V1", "bruno", "V2", "anna"), 5);
        UUID tomorrow = plans.create(association, onDay(today.plusDays(1), "V1", "anna", "V2", null), 5);
        UUID later = plans.create(association, onDay(today.plusDays(2), "V1", "anna", "V2", null), 5);
        UUID unsolved = plans.create(association, onDay(today.plusDays(1), "V1", null, "V2", "anna"), 5);
        UUID elsewhere = plans.create(association(), onDay(today, "V1", "anna", "V2", null), 5);
        for (UUID id : List.of(older, newer, tomorrow, later, elsewhere)) {
            plans.markSolved(claimed(id), problem(), plan("0hard/0medium/-1soft"), ANALYSIS);
        }
        AccessScope scope = AccessScope.organisation(association);

        assertThat(plans.assigned(scope, "anna", today, today.plusDays(1))).containsExactly(
                new AssignedVehicle(newer, "V2", today), new AssignedVehicle(tomorrow, "V1", today.plusDays(1)));
        assertThat(plans.assigned(scope, "bruno", today, today.plusDays(1)))
                .containsExactly(new AssignedVehicle(newer, "V1", today));
        assertThat(plans.assigned(AccessScope.organisation(association()), "anna", today, today.plusDays(1)))
                .isEmpty();
        plans.markFailed(unsolved, "a test's plan");
    }

    @Test
    void rowLevelSecurityShowsTheServicesRoleOnlyTheScopesPlansVehiclesAndDeliveries() {
        String mine = association();
        UUID own = plans.create(mine, problem(), 5);
        UUID other = plans.create(association(), problem(), 5);
        plans.markSolved(claimed(own), problem(), plan("0hard/0medium/-1soft"), ANALYSIS);
        plans.markSolved(claimed(other), problem(), plan("0hard/0medium/-1soft"), ANALYSIS);
        List<UUID> both = List.of(own, other);

        assertThat(AccessScope.organisation(mine).run(() -> jdbc.sql("select current_user").query(String.class)
                .single())).isEqualTo("prossima");
        for (String table : List.of("plan", "food_recovery_vehicle", "food_recovery_delivery")) {
            String column = table.equals("plan") ? "id" : "plan_id";
            String sql = "select distinct " + column + " from " + table + " where " + column + " = any(:ids)";
            assertThat(visible(AccessScope.organisation(mine), sql, both)).as(table).containsExactly(own);
            assertThat(visible(AccessScope.organisation("ASSOC-NOBODY"), sql, both)).as(table).isEmpty();
            assertThat(visible(AccessScope.consortium("CISA"), sql, both)).as(table).isEmpty();
            assertThat(visible(AccessScope.nothing(), sql, both)).as(table).isEmpty();
            assertThat(visible(SERVICE, sql, both)).as(table).containsExactlyInAnyOrder(own, other);
        }
        int changed = AccessScope.organisation(mine).run(() -> jdbc.sql(
                "update food_recovery_vehicle set driver = 'someone' where plan_id = :id").param("id", other).update());
        assertThat(changed).as("another association's vehicles cannot be changed").isZero();
    }

    private List<UUID> visible(AccessScope scope, String sql, List<UUID> ids) {
        return scope.run(() -> jdbc.sql(sql).param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** The test problem with two vehicles on {@code day}, driven by whom they name (null: nobody). */
    private static FoodRecoveryProblemRecord onDay(LocalDate day, String first, String firstDriver, String second,
            String secondDriver) {
        FoodRecoveryProblemRecord p = problem();
        long start = day.atTime(LocalTime.of(8, 0)).atZone(TerritoryClock.ZONE).toEpochSecond();
        return new FoodRecoveryProblemRecord(p.travelProfile(), p.places(), p.depots(),
                List.of(vehicle(first, start, firstDriver), vehicle(second, start, secondDriver)), p.pickups(),
                p.recipients(), p.travel());
    }

    private static VehicleRecord vehicle(String id, long start, String driver) {
        return new VehicleRecord(id, 100, 0, 0, "D", "D", start, start + 28_800, 0, List.of(), List.of(), driver);
    }

    private static String association() {
        return "ASSOC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The plan taken up by the test as a solver would; an attempt that holds nothing once the plan is final. */
    private SolveAttempt claimed(UUID id) {
        return planTable.claim(id, "test").orElseGet(() -> new SolveAttempt(id, -1, "test"));
    }
}
