package org.prossima.api;

import java.nio.file.Path;
import java.util.Locale;
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
 *
 * <p>Requests sign in as the demo users the service makes at its first start ({@link TestSignIn}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTest {

    protected static final Path DATA_DIR = Path.of("target", "test-pgdata", UUID.randomUUID().toString());
    protected static final Path SECRETS_DIR = Path.of("target", "test-secrets", UUID.randomUUID().toString());

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", DATA_DIR::toString);
        registry.add("prossima.security.secrets-dir", SECRETS_DIR::toString);
        registry.add("prossima.placement.demo-roster", () -> "false");
    }

    /** The public: no sign-in. */
    protected HttpTestClient client() {
        return new HttpTestClient(port);
    }

    /** Signed in as a demo user (e.g. {@code admin}, {@code dispatcher}, {@code coordinator.cisa}). */
    protected HttpTestClient client(String username) {
        return TestSignIn.as(client(), SECRETS_DIR, username);
    }

    /** Signed in as the demo coordinator of a consortium. */
    protected HttpTestClient coordinator(String consortium) {
        return client(coordinatorName(consortium));
    }

    /** The demo coordinator's username of a consortium, e.g. {@code coordinator.ciss38}. */
    public static String coordinatorName(String consortium) {
        return "coordinator." + consortium.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** HTTP Basic as a demo user. */
    protected HttpTestClient basic(String username) {
        return TestSignIn.basic(client(), SECRETS_DIR, username);
    }

    protected static String basicHeader(String username, String password) {
        return TestSignIn.basicHeader(username, password);
    }

    /** The password the service wrote for a demo user at its first start. */
    protected static String demoPassword(String username) {
        return TestSignIn.password(SECRETS_DIR, username);
    }
}
