package org.prossima.api.demand;

import java.nio.file.Path;
import java.util.UUID;

import org.prossima.api.HttpTestClient;
import org.prossima.api.TestSignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the demand tests that need empty demand tables: the whole service on a random port without the demand demo,
 * on a real embedded PostgreSQL in its own data directory (the default context of ServiceTest may be running on its
 * own directory at the same time), with its own demo users' passwords.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "prossima.demand.demo-data=false")
abstract class DemandServiceTest {

    private static final Path DATA_DIR = Path.of("target", "test-pgdata", UUID.randomUUID().toString());
    private static final Path SECRETS_DIR = Path.of("target", "test-secrets", UUID.randomUUID().toString());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", DATA_DIR::toString);
        registry.add("prossima.security.secrets-dir", SECRETS_DIR::toString);
    }

    /** The public: no sign-in. */
    HttpTestClient anonymous() {
        return new HttpTestClient(port);
    }

    /** An administrator, who may post requests for any company and create cooperatives. */
    HttpTestClient client() {
        return client("admin");
    }

    /** Signed in as a demo user (e.g. {@code admin}, {@code coordinator.ciss-chivasso}). */
    HttpTestClient client(String username) {
        return TestSignIn.as(anonymous(), SECRETS_DIR, username);
    }
}
