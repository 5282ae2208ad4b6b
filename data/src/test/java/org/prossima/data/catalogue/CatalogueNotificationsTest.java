package org.prossima.data.catalogue;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The listening connection dropped (here: its backend terminated, as a restart of PostgreSQL or a network cut would),
 * the listener connects again and reads the whole catalogue once, so that a row written while nobody listened is
 * searched too.
 */
@SpringBootTest
class CatalogueNotificationsTest extends EmbeddedDatabaseTest {

    @Autowired
    CatalogueNotifications notifications;
    @Autowired
    CatalogueSearch catalogue;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDroppedConnectionIsMadeAgainAndWhatWasWrittenMeanwhileIsRead() {
        await().atMost(10, SECONDS).until(notifications::listening);
        assertThat(jdbc.sql("""
                select count(pg_terminate_backend(pid)) from pg_stat_activity
                where application_name = 'prossima catalogue notifications'
                """).query(Integer.class).single()).isOne();
        UUID written = UUID.randomUUID();
        jdbc.sql("""
                insert into offering (id, title, description, category, provider, comuni_served)
                values (:id, 'Mensa solidale', 'Pasti caldi a pranzo.', 'FOOD_AID', 'Caritas', '{001125}')
                """).param("id", written).update();

        await().atMost(10, SECONDS).untilAsserted(() -> {
            assertThat(notifications.listening()).isTrue();
            assertThat(catalogue.current().knows(written)).isTrue();
        });
    }
}
