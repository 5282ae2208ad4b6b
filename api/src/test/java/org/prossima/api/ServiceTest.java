package org.prossima.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>Requests sign in as the demo users the service makes at its first start, with the passwords it wrote to
 * {@code demo-users.txt} in the test's secrets directory: {@link #client(String)} makes a personal API token for
 * the user once (with HTTP Basic) and sends it with every request, as a script would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTest {

    protected static final Path DATA_DIR = Path.of("target", "test-pgdata", UUID.randomUUID().toString());
    protected static final Path SECRETS_DIR = Path.of("target", "test-secrets", UUID.randomUUID().toString());
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

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
        String token = TOKENS.computeIfAbsent(port + " " + username, key -> token(username));
        return client().with("Authorization", "Bearer " + token);
    }

    /** Signed in as the demo coordinator of a consortium. */
    protected HttpTestClient coordinator(String consortium) {
        return client("coordinator." + consortium.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** HTTP Basic as a demo user. */
    protected HttpTestClient basic(String username) {
        return client().with("Authorization", basicHeader(username, demoPassword(username)));
    }

    protected static String basicHeader(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The password the service wrote for a demo user at its first start. */
    protected static String demoPassword(String username) {
        try {
            for (String line : Files.readAllLines(SECRETS_DIR.resolve("demo-users.txt"))) {
                String[] cells = line.split("\t");
                if (cells.length == 4 && cells[0].equals(username)) {
                    return cells[3];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no demo user '" + username + "' in " + SECRETS_DIR);
    }

    private String token(String username) {
        HttpTestClient.Response made = basic(username).post("/api/v1/me/tokens", "{\"name\": \"tests\"}");
        assertThat(made.status()).as("token for " + username + ": " + made.body()).isEqualTo(201);
        return made.json().path("token").asString();
    }
}
