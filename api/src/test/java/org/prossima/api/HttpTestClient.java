package org.prossima.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.prossima.solver.travel.Location;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client against the running service, as a user's curl would be. */
public final class HttpTestClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> headers;

    public HttpTestClient(int port) {
        this("http://localhost:" + port, Map.of());
    }

    private HttpTestClient(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = Map.copyOf(headers);
    }

    /** Where the service is, e.g. {@code http://localhost:8080}. */
    public String base() {
        return base;
    }

    /** The same client sending one more header with every request (e.g. Authorization, Accept-Language). */
    public HttpTestClient with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new HttpTestClient(base, more);
    }

    /** A request to a path of the service, for a test that needs more than the methods below. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET asking for answers in {@code language} (Accept-Language), e.g. "en". */
    public Response get(String path, String language) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language).GET());
    }

    public Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Polls a resource until its status is final (no longer QUEUED or SOLVING) and returns it; fails past timeout. */
    public JsonNode awaitStatus(String location, Duration timeout) {
        return await("the status of " + location + " to be final").atMost(timeout)
                .pollInterval(Duration.ofMillis(200)).until(() -> get(location).json(),
                        resource -> !Set.of("QUEUED", "SOLVING").contains(resource.path("status").asString()));
    }

    /** Polls a plan until it has this status and returns it; fails if that takes longer than 30 s. */
    public JsonNode awaitPlanStatus(String location, String status) {
        return await("the status of " + location + " to be " + status).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> get(location).json(),
                        resource -> status.equals(resource.path("status").asString()));
    }

    /**
     * The lines of a streamed answer (server-sent events), read as they come; the stream ends when the service ends
     * it. Close it to hang up.
     */
    public Stream<String> lines(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
                "text/event-stream");
        headers.forEach(request::header);
        try {
            return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls a plan until it is no longer SOLVING. Every plan the tests wait for is also checked
     * against its analysis: the independent evaluator must give the solver's score, and the
     * constraints' impacts must add up to it.
     */
    public JsonNode awaitPlan(String location, Duration timeout) {
        JsonNode plan = awaitStatus(location, timeout);
        if (plan.has("score")) {
            assertAnalysisMatchesScore(location, plan.path("score").asString());
        }
        return plan;
    }

    private void assertAnalysisMatchesScore(String location, String score) {
        JsonNode analysis = get(location + "/analysis").json();
        assertThat(analysis.path("solverScore").asString()).isEqualTo(score);
        assertThat(analysis.path("score").asString()).as("evaluator's score").isEqualTo(score);
        long[] levels = new long[3];
        for (JsonNode constraint : analysis.path("constraints")) {
            int level = switch (constraint.path("level").asString()) {
                case "hard" -> 0;
                case "medium" -> 1;
                default -> 2;
            };
            levels[level] += constraint.path("impact").asLong();
        }
        assertThat(levels[0] + "hard/" + levels[1] + "medium/" + levels[2] + "soft").isEqualTo(score);
    }

    /** Sends a request as built by the test, with this client's headers. */
    public Response send(HttpRequest.Builder request) {
        return send(request, Duration.ofSeconds(30));
    }

    /** A GET that must be answered within {@code limit}: past it the test fails (the request timed out). */
    public Response get(String path, Duration limit) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), limit);
    }

    private Response send(HttpRequest.Builder request, Duration limit) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(limit).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String location, String body, HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
