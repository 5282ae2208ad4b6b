package org.prossima.data.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.StoredPlan;
import org.prossima.solver.demand.ServiceType;
import org.prossima.solver.text.Text;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Allocation plans stored by the version before V11 — rows as that version wrote them, captured from it
 * ({@code carried-over/allocation/*.jsonl}: a solved plan with its jobs, one lot left unserved for each reason that
 * version gave, and its problem stored again as a plan still solving and as a failed one) — are read back through
 * this version's records once V11 has run, nothing lost. The database stops short of V11 at start, the old rows go
 * in, then the rest of the migrations run.
 */
@SpringBootTest(properties = {"prossima.demand.demo-data=false", "prossima.catalogue.demo-data=false",
        "prossima.placement.demo-roster=false", "prossima.security.reseal-person-details=false"})
class AllocationPlansCarriedOverTest {

    private static final Path DATA_DIR = Path.of("target", "test-pgdata", UUID.randomUUID().toString());
    private static final List<String> TABLES = List.of("demand_company", "demand_request", "demand_cooperative",
            "demand_cooperative_capacity", "demand_allocation_plan", "demand_job");
    private static final MigrationVersion V11 = MigrationVersion.fromVersion("11");
    private static final UUID SOLVED = UUID.fromString("7248fdfb-5162-4cb2-be3d-dd97f749b6d8");
    private static final UUID SOLVING = UUID.fromString("5f0c7b1e-2a0d-4f57-9a39-0c1d2e3f4a01");
    private static final UUID FAILED = UUID.fromString("5f0c7b1e-2a0d-4f57-9a39-0c1d2e3f4a02");

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", DATA_DIR::toString);
    }

    /** The database as the version before V11 left it: every migration up to the last one before V11. */
    @TestConfiguration
    static class BeforeV11 {

        @Bean
        FlywayConfigurationCustomizer stopBeforeV11() {
            return configuration -> configuration.target(Arrays.stream(Flyway.configure().configuration(configuration)
                            .load().info().all()).map(MigrationInfo::getVersion)
                    .filter(version -> version.compareTo(V11) < 0).max(Comparator.naturalOrder()).orElseThrow());
        }
    }

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AllocationPlanRepository plans;
    @Autowired
    PlanTable planTable;

    @Test
    void plansOfTheEarlierVersionAreReadBackThroughTheNewRecords() throws IOException {
        assertThat(flyway.info().current().getVersion()).isLessThan(V11);
        for (String table : TABLES) {
            for (String row : rows(table)) {
                jdbc.sql("insert into " + table + " select * from json_populate_record(null::" + table
                        + ", cast(:row as json))").param("row", row).update();
            }
        }

        Flyway.configure().configuration(flyway.getConfiguration()).target(MigrationVersion.LATEST).load().migrate();

        StoredAllocationPlan solved = plans.find(SOLVED).orElseThrow();
        assertThat(solved.status()).isEqualTo(PlanStatus.SOLVED);
        assertThat(solved.timeLimitSeconds()).isEqualTo(2);
        assertThat(solved.createdAt()).isEqualTo("2026-12-06T23:37:21.211573Z");
        assertThat(solved.solvedAt()).isEqualTo("2026-12-06T23:37:23.720458Z");
        assertThat(solved.problem().joinMinutes()).isEqualTo(25);
        assertThat(solved.problem().maxLotWeeklyHours()).isEqualTo(160);
        assertThat(solved.problem().madeOn()).isEqualTo("2026-12-07");
        assertThat(solved.problem().requests()).hasSize(6).first().satisfies(request -> {
            assertThat(request.id()).isEqualTo("REQ-000001");
            assertThat(request.companyName()).isEqualTo("Azienda di prova di Chivasso");
            assertThat(request.serviceType()).isEqualTo(ServiceType.CLEANING);
            assertThat(request.consortium()).isEqualTo("CISS_CHIVASSO");
            assertThat(request.until()).isEqualTo("2027-03-04");
        });
        assertThat(solved.problem().cooperatives()).extracting(AllocationSnapshotRecord.Cooperative::id)
                .containsExactly("COOP-0001", "COOP-0002", "COOP-0003");
        assertThat(solved.problem().cooperatives().getFirst().weeklyCapacityHours())
                .isEqualTo(Map.of(ServiceType.CLEANING, 20));

        AllocationPlanRecord plan = solved.plan();
        assertThat(plan.score()).isEqualTo("0hard/-30medium/-60soft");
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.travelTimeSource()).startsWith("straight-line estimate");
        assertThat(plan.travelTimeEstimate()).isTrue();
        assertThat(plan.totals()).isEqualTo(new AllocationPlanRecord.Totals(6, 3, 66, 36, 30, 3, 18));
        assertThat(plan.lots()).extracting(AllocationPlanRecord.Lot::id).containsExactly("CLEANING-REQ-000001",
                "CLEANING-REQ-000002", "CLEANING-REQ-000003", "CLEANING-REQ-000004", "GARDENING-REQ-000005",
                "GARDENING-REQ-000006");
        assertThat(plan.lots()).extracting(AllocationPlanRecord.Lot::reason).containsExactly(null, null,
                Text.of("demand.unserved.COOPERATIVES_FULL", 2L), Text.of("demand.unserved.NO_COOPERATIVE"), null,
                Text.of("demand.unserved.ONE_COOPERATIVE_FULL"));
        assertThat(plan.lots().getFirst()).satisfies(lot -> {
            assertThat(lot.serviceType()).isEqualTo(ServiceType.CLEANING);
            assertThat(lot.cooperativeId()).isEqualTo("COOP-0001");
            assertThat(lot.cooperativeName()).isEqualTo("Cooperativa sociale Prova di Chivasso");
            assertThat(lot.travelMinutes()).isZero();
            assertThat(lot.requestIds()).containsExactly("REQ-000001");
            assertThat(lot.comuni()).containsExactly(new AllocationPlanRecord.ComuneRef("001082", "Chivasso"));
            assertThat(lot.place()).isEqualTo(new AllocationPlanRecord.Point(45.190959, 7.887186, "001082",
                    "Chivasso"));
            assertThat(lot.from()).isEqualTo("2027-01-04");
        });
        assertThat(plan.cooperatives()).extracting(AllocationPlanRecord.CooperativeLoad::id)
                .containsExactly("COOP-0001", "COOP-0002", "COOP-0003");
        assertThat(plan.cooperatives().getFirst().loads())
                .containsExactly(new AllocationPlanRecord.Load(ServiceType.CLEANING, 12, 20));
        assertThat(plan.jobs()).extracting(AllocationPlanRecord.Job::id).containsExactly("JOB-CLEANING-REQ-000001",
                "JOB-CLEANING-REQ-000002", "JOB-GARDENING-REQ-000005");
        assertThat(plan.jobs().getLast().comune()).as("a place known by coordinates only").isNull();

        assertThat(planTable.find(PlanKind.ALLOCATION, SOLVED)).get().satisfies(row -> {
            assertThat(row.items()).isEqualTo(6);
            assertThat(row.assigned()).isEqualTo(3);
            assertThat(row.problemFormat()).isEqualTo(2);
            assertThat(row.travelFingerprint()).isEqualTo(plan.travelTimeSource());
        });

        // The jobs belong to the plan table's row, and they are the current ones.
        assertThat(plans.currentPlanId()).contains(SOLVED);
        assertThat(plans.currentJobs()).extracting(CooperativeJob::jobId).containsExactly("JOB-CLEANING-REQ-000001",
                "JOB-CLEANING-REQ-000002", "JOB-GARDENING-REQ-000005");
        assertThat(plans.jobs(SOLVED)).first().satisfies(job -> {
            assertThat(job.cooperativeName()).isEqualTo("Cooperativa sociale Prova di Chivasso");
            assertThat(job.consortiumCode()).isEqualTo("CISS_CHIVASSO");
            assertThat(job.seats()).isEqualTo(1);
            assertThat(job.weeklyHoursPerSeat()).isEqualTo(6);
        });

        StoredAllocationPlan solving = plans.find(SOLVING).orElseThrow();
        assertThat(solving.status()).isEqualTo(PlanStatus.SOLVING);
        assertThat(solving.problem().joinMinutes()).isEqualTo(20);
        assertThat(solving.plan()).as("its best plan so far").isEqualTo(plan);
        assertThat(planTable.findActive()).filteredOn(p -> p.kind() == PlanKind.ALLOCATION)
                .extracting(StoredPlan::id).containsExactly(SOLVING);

        StoredAllocationPlan failed = plans.find(FAILED).orElseThrow();
        assertThat(failed.status()).isEqualTo(PlanStatus.FAILED);
        assertThat(failed.failure()).isEqualTo("OutOfMemoryError");
        assertThat(failed.plan()).isNull();
        assertThat(failed.problem().requests()).hasSize(6);

        assertThat(plans.summaries(0, 10)).extracting(AllocationPlanSummary::id).containsExactly(SOLVING, SOLVED,
                FAILED);
        assertThat(plans.summaries(0, 10).get(1)).satisfies(summary -> {
            assertThat(summary.jobs()).isEqualTo(3);
            assertThat(summary.current()).isTrue();
            assertThat(summary.joinMinutes()).isEqualTo(25);
        });
        assertThat(jdbc.sql("select to_regclass('demand_allocation_plan') is null").query(Boolean.class).single())
                .as("the old table is gone").isTrue();
    }

    private static List<String> rows(String table) throws IOException {
        try (InputStream in = AllocationPlansCarriedOverTest.class
                .getResourceAsStream("/carried-over/allocation/" + table + ".jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
