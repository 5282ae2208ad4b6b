package org.prossima.data.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class FoodRecoveryPlanRepositoryTest extends EmbeddedDatabaseTest {

    @Autowired
    FoodRecoveryPlanRepository plans;

    @Test
    void storesAProblemThenItsProgressThenTheSolvedPlan() {
        UUID id = plans.create("{\"pickups\": []}", 10);
        assertThat(plans.find(id)).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PlanStatus.SOLVING);
            assertThat(p.plan()).isNull();
            assertThat(p.timeLimitSeconds()).isEqualTo(10);
            assertThat(p.createdAt()).isNotNull();
        });
        assertThat(plans.findSolving()).extracting(StoredFoodRecoveryPlan::id).contains(id);

        plans.saveProgress(id, "{\"routes\": 1}", "0hard/-5medium/-100soft", false);
        plans.markSolved(id, "{\"routes\": 2}", "0hard/0medium/-90soft", true);

        assertThat(plans.find(id)).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PlanStatus.SOLVED);
            assertThat(p.plan()).isEqualTo("{\"routes\": 2}");
            assertThat(p.score()).isEqualTo("0hard/0medium/-90soft");
            assertThat(p.feasible()).isTrue();
            assertThat(p.solvedAt()).isNotNull();
        });
        assertThat(plans.findSolving()).extracting(StoredFoodRecoveryPlan::id).doesNotContain(id);
    }

    @Test
    void progressArrivingAfterTheFinalPlanDoesNotOverwriteIt() {
        UUID id = plans.create("{}", 5);
        plans.markSolved(id, "{\"final\": true}", "0hard/0medium/-1soft", true);
        plans.saveProgress(id, "{\"final\": false}", "0hard/0medium/-9soft", true);
        assertThat(plans.find(id)).get().extracting(StoredFoodRecoveryPlan::plan).isEqualTo("{\"final\": true}");
    }

    @Test
    void recordsWhyAPlanFailed() {
        UUID id = plans.create("{}", 5);
        plans.markFailed(id, "solver error");
        assertThat(plans.find(id)).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PlanStatus.FAILED);
            assertThat(p.failure()).isEqualTo("solver error");
        });
        assertThat(plans.find(UUID.randomUUID())).isEmpty();
    }
}
