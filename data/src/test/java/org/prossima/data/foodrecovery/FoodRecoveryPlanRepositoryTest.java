package org.prossima.data.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.data.foodrecovery.FoodRecoveryRecords.plan;
import static org.prossima.data.foodrecovery.FoodRecoveryRecords.problem;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.foodrecovery.FoodRecoveryAnalysisRecord.ConstraintRecord;
import org.prossima.data.foodrecovery.FoodRecoveryAnalysisRecord.MatchRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.DeliveryRecord;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.SolveAttempt;
import org.prossima.data.plans.StoredPlan;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class FoodRecoveryPlanRepositoryTest extends EmbeddedDatabaseTest {

    private static final FoodRecoveryAnalysisRecord ANALYSIS = new FoodRecoveryAnalysisRecord(
            "0hard/-25medium/-3100soft", 0, -25, -3100, List.of(new ConstraintRecord("Travel time", "soft", -3100,
            List.of(new MatchRecord("VAN", null, -3100)))));

    private static final String ASSOCIATION = "ASSOC-REPOSITORY-TEST";
    private static final AccessScope SERVICE = AccessScope.everything("the test's own checks");

    @Autowired
    FoodRecoveryPlanRepository plans;
    @Autowired
    PlanTable planTable;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storesTheProblemThenItsProgressThenThePlanWithItsAnalysisAndDeliveries() {
        UUID id = plans.create(ASSOCIATION, problem(), 10);
        assertThat(plans.find(SERVICE, id)).get().satisfies(p -> {
            assertThat(p.status()).as("waiting for a solver").isEqualTo(PlanStatus.QUEUED);
            assertThat(p.problem()).contains(problem());
            assertThat(p.plan()).isEmpty();
            assertThat(p.analysis()).isEmpty();
            assertThat(p.timeLimitSeconds()).isEqualTo(10);
            assertThat(p.travelFingerprint()).isEqualTo(problem().travel().fingerprint("VAN"))
                    .startsWith("VAN:straight-line:");
            assertThat(p.createdAt()).isNotNull();
        });
        assertThat(planTable.findActive()).extracting(StoredPlan::id).contains(id);

        plans.saveProgress(claimed(id), plan("0hard/-65medium/-4000soft"));
        assertThat(plans.find(SERVICE, id).orElseThrow().plan()).contains(plan("0hard/-65medium/-4000soft"));
        assertThat(plans.deliveries(SERVICE, id)).isEmpty();

        plans.markSolved(claimed(id), problem(), plan("0hard/-25medium/-3100soft"), ANALYSIS);
        assertThat(plans.find(SERVICE, id)).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PlanStatus.SOLVED);
            assertThat(p.plan()).contains(plan("0hard/-25medium/-3100soft"));
            assertThat(p.analysis()).contains(ANALYSIS);
            assertThat(p.row().score()).isEqualTo("0hard/-25medium/-3100soft");
            assertThat(p.row().assigned()).isEqualTo(2);
            assertThat(p.row().items()).isEqualTo(2);
            assertThat(p.solvedAt()).isNotNull();
        });
        // the meals reach R; the bread goes back to the depot and is not a delivery
        assertThat(plans.deliveries(SERVICE, id))
                .containsExactly(new DeliveryRecord("R", FoodCategory.COOKED_MEALS, 30));
        assertThat(planTable.findActive()).extracting(StoredPlan::id).doesNotContain(id);
    }

    @Test
    void progressArrivingAfterTheFinalPlanDoesNotOverwriteIt() {
        UUID id = plans.create(ASSOCIATION, problem(), 5);
        plans.markSolved(claimed(id), problem(), plan("0hard/0medium/-1soft"), ANALYSIS);
        plans.saveProgress(claimed(id), plan("0hard/0medium/-9soft"));
        assertThat(plans.find(SERVICE, id).orElseThrow().plan().orElseThrow().score())
                .isEqualTo("0hard/0medium/-1soft");
    }

    @Test
    void solvingAgainReplacesTheDeliveriesAndDeletingThePlanDeletesThem() {
        UUID id = plans.create(ASSOCIATION, problem(), 5);
        plans.markSolved(claimed(id), problem(), plan("0hard/0medium/-1soft"), ANALYSIS);
        plans.markSolved(claimed(id), problem(), plan("0hard/0medium/-1soft"), ANALYSIS);
        assertThat(plans.deliveries(SERVICE, id)).hasSize(1);
        jdbc.sql("delete from plan where id = :id").param("id", id).update();
        assertThat(plans.deliveries(SERVICE, id)).isEmpty();
    }

    @Test
    void newTravelTimesReplaceTheFingerprint() {
        UUID id = plans.create(ASSOCIATION, problem().withTravel(null), 5);
        assertThat(plans.find(SERVICE, id).orElseThrow().travelFingerprint()).isNull();
        plans.replaceTravel(id, problem());
        assertThat(plans.find(SERVICE, id).orElseThrow().travelFingerprint())
                .isEqualTo(problem().travel().fingerprint("VAN"));
        assertThat(plans.find(SERVICE, id).orElseThrow().problem()).contains(problem());
    }

    @Test
    void recordsWhyAPlanFailed() {
        UUID id = plans.create(ASSOCIATION, problem(), 5);
        plans.markFailed(id, "solver error");
        assertThat(plans.find(SERVICE, id)).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PlanStatus.FAILED);
            assertThat(p.failure()).isEqualTo("solver error");
        });
        assertThat(plans.find(SERVICE, UUID.randomUUID())).isEmpty();
    }

    /** The plan taken up by the test as a solver would; an attempt that holds nothing once the plan is final. */
    private SolveAttempt claimed(UUID id) {
        return planTable.claim(id, "test").orElseGet(() -> new SolveAttempt(id, -1, "test"));
    }
}
