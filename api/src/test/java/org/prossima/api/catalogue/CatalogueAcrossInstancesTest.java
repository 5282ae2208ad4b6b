package org.prossima.api.catalogue;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.prossima.api.catalogue.CatalogueFixtures.IVREA;
import static org.prossima.api.catalogue.CatalogueFixtures.json;
import static org.prossima.api.catalogue.CatalogueFixtures.offering;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ProssimaApplication;
import org.prossima.api.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the service on one PostgreSQL: this test's service (A, with its embedded database) and a second
 * one (B) started on A's database as on an external one. An offering written on A is found by a search on B within a
 * second, and a withdrawal on A hides it there within a second: B learns of them from PostgreSQL's notifications.
 */
class CatalogueAcrossInstancesTest extends ServiceTest {

    private static final String OFFERINGS = "/api/v1/catalogue/offerings";
    private static final String M = CatalogueFixtures.marker();

    @Autowired
    DataSource dataSource;

    private ConfigurableApplicationContext second;

    @BeforeEach
    void startTheSecondInstance() throws SQLException {
        HikariDataSource first = dataSource.unwrap(HikariDataSource.class);
        second = new SpringApplicationBuilder(ProssimaApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + first.getJdbcUrl(),
                "--spring.datasource.username=" + first.getUsername(),
                "--spring.datasource.password=" + first.getPassword(),
                "--prossima.security.secrets-dir=" + SECRETS_DIR,
                "--prossima.placement.demo-roster=false");
    }

    @AfterEach
    void stopTheSecondInstance() {
        second.close();
    }

    @Test
    void anOfferingWrittenOnOneInstanceIsFoundOnTheOtherWithinASecond() {
        HttpTestClient onA = coordinator("CISS_CHIVASSO");
        HttpTestClient onB = new HttpTestClient(((WebServerApplicationContext) second).getWebServer().getPort());
        assertThat(total(onB)).as("B has its snapshot before the write").isZero();

        Response created = onA.post(OFFERINGS, json(offering("Sportello casa " + M, "Orientamento per la ricerca "
                + "di un alloggio.", "HOUSING", IVREA).put("consortium", "CISS_CHIVASSO")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        await("the offering found on B").atMost(1, SECONDS).untilAsserted(() -> assertThat(total(onB)).isEqualTo(1));

        Response withdrawn = onA.post(created.location() + "/withdraw", "");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        await("the withdrawal seen on B").atMost(1, SECONDS).untilAsserted(() -> assertThat(total(onB)).isZero());
    }

    private static int total(HttpTestClient instance) {
        Response found = instance.get(OFFERINGS + "?q=alloggio+" + M);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json().path("total").asInt();
    }
}
