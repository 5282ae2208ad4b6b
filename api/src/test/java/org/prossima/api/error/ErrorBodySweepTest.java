package org.prossima.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.prossima.api.security.AccessMatrix;
import org.prossima.data.security.Role;
import org.springframework.http.HttpMethod;

/**
 * Every endpoint of the access matrix, called by a caller it lets in, with hostile input: path variables that are
 * NUL, invalid UTF-8 or 3,000 characters long; query parameters of the wrong type, with bad bytes or long; bodies that
 * are malformed, of the wrong shape, with unknown enum values, wrong types, NUL and lone surrogates, invalid UTF-8 and
 * 100,000-character values; CSV with formula and NUL cells. Every error body is collected and none may name a Java
 * class or exception, show a stack frame, a file path or SQL, or repeat a long run of the input; none is a 500.
 */
class ErrorBodySweepTest extends ServiceTest {

    private static final String LONG = ErrorBodies.filler(3_000);
    private static final List<String> SEGMENTS = List.of("x", "%00", "%C3%28", LONG);
    private static final String QUERY = "?page=abc&size=" + LONG + "&q=%00&status=" + LONG + "&consortium=%C3%28";
    private static final List<byte[]> JSON_BODIES = List.of(
            bytes("{\"id\": "),
            bytes("[1, 2, 3]"),
            bytes("\"" + ErrorBodies.filler(100_000) + "\""),
            bytes("{\"id\": \"a\\u0000b\", \"consortium\": \"CISA\", \"name\": \"\\uD800\"}"),
            bytes("{\"consortium\": 7, \"kind\": \"" + ErrorBodies.filler(100_000) + "\", \"days\": \"MONDAY\", "
                    + "\"seconds\": \"" + LONG + "\", \"maxPeople\": 1.5, \"earliestStart\": \"" + LONG + "\"}"),
            bytes("{\"" + ErrorBodies.filler(100_000) + "\": true}"),
            bytes("{\"name\": \"" + ErrorBodies.filler(100_000) + "\", \"fullName\": \"" + ErrorBodies.filler(100_000)
                    + "\", \"password\": \"" + LONG + "\", \"role\": \"GOD\", \"pickups\": [{\"kg\": \"" + LONG
                    + "\"}]}"),
            "{\"name\": \"caff\u00e8\"}".getBytes(StandardCharsets.ISO_8859_1));
    private static final List<byte[]> CSV_BODIES = List.of(
            bytes("consortium,fullName,notes\nCISA,=HYPERLINK(\"http://x\"),+SUM(1)\nCISA,a\u0000b,@SUM(1)\n"),
            bytes(ErrorBodies.filler(100_000) + "\n" + ErrorBodies.filler(100_000) + "\n"),
            "consortium\n\u00ff(\n".getBytes(StandardCharsets.ISO_8859_1));

    @Test
    void noErrorBodyOfAnyEndpointLeaksOrEchoes() {
        Map<Role, HttpTestClient> made = new EnumMap<>(Role.class);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int errors = 0;
        for (AccessMatrix.Rule rule : AccessMatrix.RULES) {
            if (!rule.pattern().startsWith("/api/") || rule.pattern().endsWith("/events")
                    || rule.pattern().endsWith("/catalogue/demo")) {
                continue; // pages of the screens; streams; loading the demo catalogue takes no input
            }
            HttpTestClient caller = caller(rule, made);
            for (String segment : SEGMENTS) {
                String path = rule.pattern().replaceAll("\\{[^}]*}", segment);
                List<HttpRequest.Builder> requests = new ArrayList<>();
                if (rule.method() == HttpMethod.GET || rule.method() == HttpMethod.DELETE) {
                    requests.add(caller.request(path + QUERY).method(rule.method().name(),
                            HttpRequest.BodyPublishers.noBody()));
                } else if (path.endsWith("/import")) {
                    CSV_BODIES.forEach(body -> requests.add(caller.request(path).header("Content-Type", "text/csv")
                            .method(rule.method().name(), HttpRequest.BodyPublishers.ofByteArray(body))));
                } else {
                    JSON_BODIES.forEach(body -> requests.add(caller.request(path).header("Content-Type",
                            "application/json").method(rule.method().name(),
                                    HttpRequest.BodyPublishers.ofByteArray(body))));
                }
                for (HttpRequest.Builder request : requests) {
                    Response response = caller.send(request);
                    statuses.merge(response.status(), 1, Integer::sum);
                    String what = rule.method() + " " + rule.pattern() + " [" + segment.substring(0,
                            Math.min(6, segment.length())) + "] " + response.status();
                    if (response.status() >= 500) {
                        failures.add(what + ": " + response.body());
                    }
                    if (response.status() >= 400) {
                        errors++;
                        try {
                            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                            ErrorBodies.assertLeakFree(what, response.body());
                        } catch (AssertionError e) {
                            failures.add(e.getMessage().substring(0, Math.min(600, e.getMessage().length())));
                        }
                    }
                }
            }
        }
        assertThat(failures).as("error bodies that leak or echo, and 500s (hostile input is the caller's fault)")
                .isEmpty();
        assertThat(errors).as("error bodies collected").isGreaterThan(500);
        assertThat(statuses).as("each caller was let in: its requests were refused for their input")
                .containsKeys(400, 404).doesNotContainKeys(401, 403);
    }

    /**
     * A caller the rule lets in: the public, or a user of the role made for the sweep (its own users, so the plans
     * per hour it spends on hostile posts are not the demo users' that other tests post with).
     */
    private HttpTestClient caller(AccessMatrix.Rule rule, Map<Role, HttpTestClient> made) {
        return switch (rule.access()) {
            case PUBLIC -> client();
            case SIGNED_IN -> made.computeIfAbsent(Role.ADMIN, this::made);
            case ROLES -> made.computeIfAbsent(rule.roles().contains(Role.COORDINATOR) ? Role.COORDINATOR
                    : rule.roles().iterator().next(), this::made);
        };
    }

    private HttpTestClient made(Role role) {
        String username = "sweep-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 6);
        String where = switch (role) {
            case COORDINATOR -> ", \"consortium\": \"CISA\"";
            case FOOD_DISPATCHER, DRIVER -> ", \"organisation\": \"ASSOC-DEMO\"";
            case HOST_ADMIN -> ", \"organisation\": \"CO-00001\"";
            case ADMIN, BOARD -> "";
        };
        Response user = client("admin").post("/api/v1/admin/users", "{\"username\": \"" + username
                + "\", \"displayName\": \"Sweep\", \"role\": \"" + role + "\"" + where + "}");
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        Response token = client().with("Authorization", basicHeader(username, user.json().path("password")
                .asString())).post("/api/v1/me/tokens", "{\"name\": \"sweep\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return client().with("Authorization", "Bearer " + token.json().path("token").asString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
