package org.prossima.api.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ProssimaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Stops and starts the whole service on the same database directory, as an operator would. */
class RestartTest {

    private final Path dataDir = Path.of("target", "test-pgdata", UUID.randomUUID().toString());

    @Test
    void aSolvedPlanIsReturnedBySameIdAfterARestart() throws InterruptedException {
        String location;
        JsonNode before;
        try (ConfigurableApplicationContext service = start()) {
            HttpTestClient client = client(service);
            Response accepted = client.post("/api/v1/food-recovery/plans?seconds=2",
                    client.get("/api/v1/food-recovery/demo-problem").body());
            location = accepted.location();
            before = client.awaitPlan(location, Duration.ofSeconds(30));
            assertThat(before.path("status").asString()).isEqualTo("SOLVED");
        }
        try (ConfigurableApplicationContext service = start()) {
            JsonNode after = client(service).get(location).json();
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void aPlanStillSolvingAtShutdownIsSolvedAfterTheRestart() throws InterruptedException {
        String location;
        try (ConfigurableApplicationContext service = start()) {
            HttpTestClient client = client(service);
            location = client.post("/api/v1/food-recovery/plans?seconds=8",
                    client.get("/api/v1/food-recovery/demo-problem").body()).location();
            Thread.sleep(1500);
            assertThat(client.get(location).json().path("status").asString()).isEqualTo("SOLVING");
        }
        try (ConfigurableApplicationContext service = start()) {
            JsonNode plan = client(service).awaitPlan(location, Duration.ofSeconds(40));
            assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
            assertThat(plan.path("feasible").asBoolean()).isTrue();
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "--server.port=0";
        args[1] = "--prossima.embedded-db.data-dir=" + dataDir;
        System.arraycopy(extra, 0, args, 2, extra.length);
        return new SpringApplicationBuilder(ProssimaApplication.class).run(args);
    }

    private static HttpTestClient client(ConfigurableApplicationContext service) {
        return new HttpTestClient(((WebServerApplicationContext) service).getWebServer().getPort());
    }
}
