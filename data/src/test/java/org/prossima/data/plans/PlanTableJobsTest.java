package org.prossima.data.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plan row as a job's state: an attempt is the only writer of the plan it holds (a fencing token), so an instance
 * that was taken over can no longer write; a queued plan is cancelled at once, a solving one is flagged for its
 * instance; a plan handed back waits again; every attempt's outcome is kept.
 */
@SpringBootTest
class PlanTableJobsTest extends EmbeddedDatabaseTest {

    @Autowired
    PlanTable plans;
    @Autowired
    JdbcClient jdbc;

    private UUID queued() {
        return plans.create(new NewPlan(PlanKind.ALLOCATION, null, null, 5, "{}", null, 1));
    }

    @Test
    void onlyTheAttemptThatHoldsAPlanWritesItAndEachAttemptsOutcomeIsKept() {
        UUID id = queued();
        assertThat(plans.find(PlanKind.ALLOCATION, id)).get().extracting(StoredPlan::status, StoredPlan::attempt)
                .containsExactly(PlanStatus.QUEUED, 0);

        SolveAttempt first = plans.claim(id, "instance-a").orElseThrow();
        assertThat(plans.saveProgress(first, "{\"best\":1}", "0hard/-5soft", true, 1)).isTrue();
        // instance-a stops beating; instance-b takes the plan over on a new attempt
        SolveAttempt second = plans.claim(id, "instance-b").orElseThrow();
        assertThat(second.attempt()).isEqualTo(first.attempt() + 1);

        assertThat(plans.saveProgress(first, "{\"best\":2}", "0hard/-1soft", true, 1))
                .as("the attempt taken over writes nothing").isFalse();
        assertThat(plans.markSolved(first, "{\"best\":2}", null, "0hard/-1soft", true, 1)).isFalse();
        assertThat(plans.markSolved(second, "{\"best\":3}", null, "0hard/-2soft", true, 1)).isTrue();
        assertThat(plans.markSolved(second, "{\"best\":4}", null, "0hard/0soft", true, 1))
                .as("a plan is solved once").isFalse();
        assertThat(plans.claim(id, "instance-c")).as("a solved plan is not taken up again").isEmpty();

        StoredPlan solved = plans.find(PlanKind.ALLOCATION, id).orElseThrow();
        assertThat(solved.status()).isEqualTo(PlanStatus.SOLVED);
        assertThat(solved.solvedBy()).isEqualTo("instance-b");
        assertThat(solved.score()).isEqualTo("0hard/-2soft");
        assertThat(solved.startedAt()).isNotNull();
        assertThat(outcomes(id)).containsExactly(Map.entry(1, "SUPERSEDED"), Map.entry(2, "SOLVED"));
    }

    @Test
    void aQueuedPlanIsCancelledAtOnceAndASolvingOneIsFlaggedForItsInstance() {
        UUID waiting = queued();
        assertThat(plans.requestCancel(waiting)).isTrue();
        assertThat(plans.find(PlanKind.ALLOCATION, waiting).orElseThrow().status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(plans.claim(waiting, "instance-a")).as("a cancelled plan is not taken up").isEmpty();
        assertThat(plans.requestCancel(waiting)).as("nothing left to stop").isFalse();

        UUID solving = queued();
        SolveAttempt attempt = plans.claim(solving, "instance-a").orElseThrow();
        assertThat(plans.cancelRequested(List.of(solving))).isEmpty();
        assertThat(plans.requestCancel(solving)).isTrue();
        assertThat(plans.cancelRequested(List.of(solving, waiting))).isEqualTo(Set.of(solving, waiting));
        assertThat(plans.markCancelled(attempt, "{\"best\":1}", "0hard/-3soft", true, 1)).isTrue();
        StoredPlan cancelled = plans.find(PlanKind.ALLOCATION, solving).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(PlanStatus.CANCELLED);
        assertThat(cancelled.result()).as("the best plan found until then").contains("\"best\"");
        assertThat(outcomes(solving)).containsExactly(Map.entry(1, "CANCELLED"));
    }

    @Test
    void aPlanHandedBackWaitsAgainKeepingItsBestPlanAndItsPlaceInTheQueue() {
        UUID first = queued();
        UUID second = queued();
        assertThat(plans.queuedAhead(second)).isGreaterThanOrEqualTo(1);
        long aheadOfSecond = plans.queuedAhead(second);

        SolveAttempt attempt = plans.claim(first, "instance-a").orElseThrow();
        assertThat(plans.queuedAhead(second)).as("one fewer waits ahead").isEqualTo(aheadOfSecond - 1);
        plans.saveProgress(attempt, "{\"best\":1}", "0hard/-9soft", true, 1);
        assertThat(plans.handBack(attempt)).isTrue();

        StoredPlan back = plans.find(PlanKind.ALLOCATION, first).orElseThrow();
        assertThat(back.status()).isEqualTo(PlanStatus.QUEUED);
        assertThat(back.score()).isEqualTo("0hard/-9soft");
        assertThat(plans.queuedAhead(second)).as("it is ahead again: posted first").isEqualTo(aheadOfSecond);
        assertThat(plans.claim(first, "instance-b").orElseThrow().attempt()).isEqualTo(2);
        assertThat(outcomes(first)).containsEntry(1, "HANDED_BACK");
        // The database is shared by the data tests: these made-up plans must not look like plans to solve.
        List.of(first, second).forEach(id -> plans.markFailed(id, "a test's made-up plan"));
    }

    private Map<Integer, String> outcomes(UUID id) {
        Map<Integer, String> outcomes = new LinkedHashMap<>();
        jdbc.sql("select attempt, coalesce(outcome, 'RUNNING') from plan_attempt where plan_id = :id order by attempt").param("id", id)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getString(2))).list()
                .forEach(e -> outcomes.put(e.getKey(), e.getValue()));
        return outcomes;
    }
}
