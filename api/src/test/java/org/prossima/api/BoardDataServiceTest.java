package org.prossima.api;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the steering board's tests: the whole service with a database of its own, shared by these tests only. The
 * board's figures count everything in the database (candidates, requests, offerings, plans), and their tests add data
 * of their own; in {@link ServiceTest}'s shared database that data would change the exact counts other tests check,
 * and theirs the board's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BoardDataServiceTest {

    protected static final Path DIR = Path.of("target", "test-board", UUID.randomUUID().toString());

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", () -> DIR.resolve("pgdata").toString());
        registry.add("prossima.security.secrets-dir", () -> DIR.resolve("secrets").toString());
        registry.add("prossima.placement.demo-roster", () -> "false");
    }

    /** The public: no sign-in. */
    protected HttpTestClient client() {
        return new HttpTestClient(port);
    }

    /** Signed in as a demo user (e.g. {@code board}, {@code admin}, {@code dispatcher}). */
    protected HttpTestClient client(String username) {
        return TestSignIn.as(client(), DIR.resolve("secrets"), username);
    }

    /** Signed in as the demo coordinator of a consortium. */
    protected HttpTestClient coordinator(String consortium) {
        return client(ServiceTest.coordinatorName(consortium));
    }

    /** The password the service wrote for a demo user at its first start. */
    protected static String demoPassword(String username) {
        return TestSignIn.password(DIR.resolve("secrets"), username);
    }
}
