package org.prossima.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs test requests in as the demo users a service made at its first start, with the passwords it wrote to
 * {@code demo-users.txt} in its secrets directory: a personal API token is made once per service and user (with
 * HTTP Basic) and sent with every request, as a script would.
 */
public final class TestSignIn {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestSignIn() {
    }

    /** The client signed in as the demo user (e.g. {@code admin}, {@code dispatcher}, {@code coordinator.cisa}). */
    public static HttpTestClient as(HttpTestClient anonymous, Path secretsDir, String username) {
        String token = TOKENS.computeIfAbsent(anonymous.base() + " " + username,
                key -> token(anonymous, secretsDir, username));
        return anonymous.with("Authorization", "Bearer " + token);
    }

    /** The client sending HTTP Basic as the demo user. */
    public static HttpTestClient basic(HttpTestClient anonymous, Path secretsDir, String username) {
        return anonymous.with("Authorization", basicHeader(username, password(secretsDir, username)));
    }

    public static String basicHeader(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The password the service wrote for a demo user at its first start. */
    public static String password(Path secretsDir, String username) {
        try {
            for (String line : Files.readAllLines(secretsDir.resolve("demo-users.txt"))) {
                String[] cells = line.split("\t");
                if (cells.length == 4 && cells[0].equals(username)) {
                    return cells[3];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no demo user '" + username + "' in " + secretsDir);
    }

    private static String token(HttpTestClient anonymous, Path secretsDir, String username) {
        HttpTestClient.Response made = basic(anonymous, secretsDir, username)
                .post("/api/v1/me/tokens", "{\"name\": \"tests\"}");
        assertThat(made.status()).as("token for " + username + ": " + made.body()).isEqualTo(201);
        return made.json().path("token").asString();
    }
}
