package org.prossima.data.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.prossima.data.DataTestApplication;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With PROSSIMA_DB_URL set, the service uses that server and starts no embedded PostgreSQL.
 * The "external" server here is a real PostgreSQL this test starts itself on a random port.
 */
class ExternalDatabaseTest {

    @Test
    void usesTheServerNamedByProssimaDbUrl() throws IOException {
        Path dir = Path.of("target", "test-pgdata", "external-" + UUID.randomUUID());
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(dir).start();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(DataTestApplication.class)
                     .web(WebApplicationType.NONE)
                     .run("--PROSSIMA_DB_URL=" + external.getJdbcUrl("postgres", "postgres"),
                             "--PROSSIMA_DB_USER=postgres")) {
            assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            assertThat(context.getBean(TerritoryRepository.class).countComuni()).isEqualTo(174);
            Integer comuniOnExternal = new JdbcTemplate(
                    external.getPostgresDatabase()).queryForObject("select count(*) from comune", Integer.class);
            assertThat(comuniOnExternal).isEqualTo(174);
        }
    }
}
