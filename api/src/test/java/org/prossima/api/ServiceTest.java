package org.prossima.api;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the black-box tests: the whole service on a random port, backed by a real embedded
 * PostgreSQL in its own data directory under target/. The placement demo roster is left out: the
 * tests that share this service put their own candidates in the consortia and count them. The demo
 * roster has its own test, with its own service and database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTest {

    protected static final Path DATA_DIR = Path.of("target", "test-pgdata", UUID.randomUUID().toString());

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", DATA_DIR::toString);
        registry.add("prossima.placement.demo-roster", () -> "false");
    }

    protected HttpTestClient client() {
        return new HttpTestClient(port);
    }
}
