package org.prossima.api.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ProssimaApplication;
import org.prossima.api.TestSignIn;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository;
import org.prossima.data.security.AccessScope;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Stops and starts the whole service on the same database directory, as an operator would. */
class RestartTest {

    private static final AccessScope SERVICE = AccessScope.everything("the test reads the plan as the service");

    private final Path dataDir = Path.of("target", "test-pgdata", UUID.randomUUID().toString());
    private final Path secretsDir = Path.of("target", "test-secrets", UUID.randomUUID().toString());

    @Test
    void aSolvedPlanIsReturnedBySameIdAfterARestart() {
        String location;
        JsonNode before;
        JsonNode analysisBefore;
        try (ConfigurableApplicationContext service = start()) {
            HttpTestClient client = client(service);
            Response accepted = client.post("/api/v1/food-recovery/plans?seconds=2",
                    client.get("/api/v1/food-recovery/demo-problem").body());
            location = accepted.location();
            before = client.awaitPlan(location, Duration.ofSeconds(30));
            assertThat(before.path("status").asString()).isEqualTo("SOLVED");
            analysisBefore = client.get(location + "/analysis").json();
        }
        try (ConfigurableApplicationContext service = start()) {
            HttpTestClient client = client(service);
            assertThat(client.get(location).json()).isEqualTo(before);
            assertThat(client.get(location + "/analysis").json()).isEqualTo(analysisBefore);
        }
    }

    /**
     * The service stops after a best plan was saved and before the plan is solved; it starts again on other travel
     * times (here: the stored fingerprint is made to say another road graph). The plan is solved to the end from its
     * stored problem, and the travel times it was solved on are recorded.
     */
    @Test
    void aHalfSolvedPlanIsSolvedToTheEndAfterARestartOnTheTravelTimesOfThatDay() {
        String location;
        UUID id;
        String fingerprint;
        try (ConfigurableApplicationContext service = start()) {
            HttpTestClient client = client(service);
            location = client.post("/api/v1/food-recovery/plans?seconds=15",
                    client.get("/api/v1/food-recovery/demo-problem").body()).location();
            JsonNode halfSolved = await("a best plan saved while solving").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> client.get(location).json(), plan -> plan.has("score"));
            assertThat(halfSolved.path("status").asString()).isEqualTo("SOLVING");
            assertThat(halfSolved.path("vehicles").isEmpty()).isFalse();
            id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
            fingerprint = service.getBean(FoodRecoveryPlanRepository.class).find(SERVICE, id).orElseThrow()
                    .travelFingerprint();
            service.getBean(JdbcClient.class).sql("""
                    update plan set travel_fingerprint = 'VAN:an-older-graph:0',
                        problem = jsonb_set(problem, '{travel,graphVersion}', '"an-older-graph"')
                    where id = :id""").param("id", id).update();
        }
        try (ConfigurableApplicationContext service = start()) {
            JsonNode plan = client(service).awaitPlan(location, Duration.ofSeconds(60));
            assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
            assertThat(plan.path("feasible").asBoolean()).isTrue();
            assertThat(service.getBean(FoodRecoveryPlanRepository.class).find(SERVICE, id).orElseThrow()
                    .travelFingerprint())
                    .as("the travel times of the day it was solved on").isEqualTo(fingerprint)
                    .startsWith("VAN:straight-line:");
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--prossima.embedded-db.data-dir=" + dataDir;
        args[2] = "--prossima.security.secrets-dir=" + secretsDir;
        System.arraycopy(extra, 0, args, 3, extra.length);
        return new SpringApplicationBuilder(ProssimaApplication.class).run(args);
    }

    /** The association's dispatcher, signed in to this run of the service. */
    private HttpTestClient client(ConfigurableApplicationContext service) {
        return TestSignIn.as(new HttpTestClient(((WebServerApplicationContext) service).getWebServer().getPort()),
                secretsDir, "dispatcher");
    }
}
