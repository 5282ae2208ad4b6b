package org.prossima.api.placement.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.api.ServiceTest;
import org.prossima.api.solving.SolveJobs;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.data.placement.PlacementProblemRecord;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.Programme;
import org.prossima.solver.territory.TerritoryClock;
import org.prossima.solver.travel.Location;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A plan with no job in the queue (here: stored as an earlier version left it, without a travel fingerprint and
 * without a job) is queued again when an instance starts, solved on travel times fetched once for it, and ends solved
 * with its analysis and proposals.
 */
class PlacementResumeTest extends ServiceTest {

    @Autowired
    SolveJobs jobs;
    @Autowired
    PlacementPlanRepository plans;

    @Test
    void aPlanWithoutItsJobIsQueuedAgainAtTheNextStart() {
        var monday = TerritoryClock.today();
        var person = new CandidateSpec(UUID.randomUUID().toString(), "CISSAC", 0, Set.of("cleaning"), Set.of("it"),
                Mobility.OWN_CAR, 60, 20, Set.of(DayOfWeek.SUNDAY), monday, Programme.ADI, 3, 4, Set.of(), Set.of(),
                Set.of(), null, Set.of());
        var seat = new OpportunitySpec("RESUME-SEAT", OpportunityKind.COMMUNITY_ACTIVITY, "RESUME-HOST", 1, "cleaning",
                Set.of("cleaning"), Set.of(), Set.of("it"), 10, Set.of(DayOfWeek.SUNDAY), 1, monday,
                monday.plusDays(30), 0, null, Set.of());
        UUID id = plans.create(new PlacementProblemRecord("CISSAC", null, List.of(new Location(45.3, 7.9),
                new Location(45.31, 7.91)), List.of(person), List.of(seat), List.of(), List.of()), 1, null);

        jobs.requeueOrphans();

        JsonNode plan = coordinator("CISSAC").awaitPlan("/api/v1/placement/plans/" + id, Duration.ofSeconds(30));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        assertThat(plan.path("matches").get(0).path("opportunityId").asString()).isEqualTo("RESUME-SEAT");
        var stored = plans.find(AccessScope.everything("the test"), id).orElseThrow();
        assertThat(stored.row().travelFingerprint()).as("the travel times it was solved on").startsWith("sha256:");
        assertThat(plans.proposals(AccessScope.everything("the test"), id)).singleElement()
                .satisfies(p -> assertThat(p.opportunityId()).isEqualTo("RESUME-SEAT"));
    }
}
