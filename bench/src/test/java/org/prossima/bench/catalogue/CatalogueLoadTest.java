package org.prossima.bench.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load generator against a stub service on the JDK's HTTP server. */
class CatalogueLoadTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicInteger searches = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String start(int searchStatus) throws IOException {
        return start(searchStatus, searchStatus == 200 ? "{\"items\":[],\"total\":0}" : "{\"status\":500}");
    }

    private String start(int searchStatus, String searchBody) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/territory/comuni", exchange ->
                reply(exchange, 200, "[{\"istatCode\":\"001125\"},{\"istatCode\":\"001082\"}]"));
        server.createContext("/api/v1/catalogue/offerings", exchange -> {
            searches.incrementAndGet();
            reply(exchange, searchStatus, searchBody);
        });
        server.start();
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private CatalogueLoad.Result run(String url) throws Exception {
        CatalogueLoadOptions options = CatalogueLoadOptions.parse(
                List.of("--url", url, "--clients", "3", "--seconds", "0.4", "--warmup", "0"));
        return new CatalogueLoad(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run();
    }

    @Test
    void measuresRequestsAndPrintsCsv() throws Exception {
        CatalogueLoad.Result result = run(start(200));
        assertThat(result.requests()).isPositive();
        assertThat(result.errors()).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo(CatalogueLoad.CSV_HEADER);
        assertThat(lines[1]).startsWith("all," + result.requests() + ",0,");
        assertThat(searches.get()).isGreaterThanOrEqualTo((int) result.requests());
    }

    @Test
    void countsAnswersOtherThanASearchResultAsErrors() throws Exception {
        CatalogueLoad.Result result = run(start(500));
        assertThat(result.errors()).isEqualTo(result.requests()).isPositive();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("HTTP 500");
    }

    @Test
    void countsA200ThatIsNotASearchResultAsAnError() throws Exception {
        CatalogueLoad.Result result = run(start(200, "<html>a sign-in page</html>"));
        assertThat(result.errors()).isEqualTo(result.requests()).isPositive();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a search result for /api/v1/catalogue/");
    }

    /**
     * A stub whose catalogue has at most one offering, found by the made-up word of its title: the writer creates,
     * updates and withdraws it, and each change is found by the next search.
     */
    @Test
    void writesAtTheRateAskedAndMeasuresHowSoonASearchFindsEachChange() throws Exception {
        AtomicReference<String> active = new AtomicReference<>();
        List<String> bodies = new CopyOnWriteArrayList<>();
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/me", exchange -> reply(exchange, 200, "{\"consortium\": \"CISA\"}"));
        server.createContext("/api/v1/catalogue/offerings", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher word = Pattern.compile("zqbench[a-z]+").matcher(body);
            String path = exchange.getRequestURI().getPath();
            switch (exchange.getRequestMethod()) {
                case "GET" -> {
                    String query = exchange.getRequestURI().getQuery();
                    boolean found = active.get() != null && query.contains(active.get());
                    reply(exchange, 200, "{\"items\":[],\"total\":" + (found ? 1 : 0) + "}");
                }
                case "POST" -> {
                    bodies.add(body);
                    if (path.endsWith("/withdraw")) {
                        active.set(null);
                        reply(exchange, 200, "{}");
                    } else {
                        active.set(word.find() ? word.group() : null);
                        exchange.getResponseHeaders().add("Location", "/api/v1/catalogue/offerings/1");
                        reply(exchange, 201, "{}");
                    }
                }
                default -> {
                    active.set(word.find() ? word.group() : null);
                    reply(exchange, 200, "{}");
                }
            }
        });
        server.start();
        CatalogueLoadOptions options = CatalogueLoadOptions.parse(List.of("--url",
                "http://localhost:" + server.getAddress().getPort(), "--clients", "2", "--seconds", "0.5",
                "--warmup", "0", "--writes-per-second", "20", "--token", "a-token"));

        CatalogueLoad.Result result = new CatalogueLoad(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run();

        assertThat(result.errors()).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).containsPattern("(?m)^write,\\d+,0,").containsPattern("(?m)^freshness,\\d+,0,");
        assertThat(bodies).as("a coordinator writes its consortium's offerings").isNotEmpty()
                .allSatisfy(body -> assertThat(body).satisfiesAnyOf(b -> assertThat(b).isEmpty(),
                        b -> assertThat(b).contains("\"consortium\": \"CISA\"")));
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> CatalogueLoadOptions.parse(List.of("--clients", "5")))
                .hasMessageContaining("--url is required");
        assertThatThrownBy(() -> CatalogueLoadOptions.parse(List.of("--url", "http://localhost:1", "--clients", "0")))
                .hasMessageContaining("--clients must be a whole number from 1");
        assertThatThrownBy(() -> CatalogueLoadOptions.parse(List.of("--url", "localhost:8080")))
                .hasMessageContaining("--url must be an http(s) URL");
        CatalogueLoadOptions defaults = CatalogueLoadOptions.parse(List.of("--url", "http://localhost:8080/"));
        assertThat(defaults.clients()).isEqualTo(50);
        assertThat(defaults.duration().toSeconds()).isEqualTo(30);
        assertThat(defaults.url().toString()).isEqualTo("http://localhost:8080");
        assertThat(defaults.writesPerSecond()).isZero();
        assertThatThrownBy(() -> CatalogueLoadOptions.parse(List.of("--url", "http://localhost:1",
                "--writes-per-second", "1")))
                .hasMessageContaining("needs a coordinator's or an administrator's --token");
    }

    @Test
    void theSameSeedGivesTheSameRequests() {
        SearchRequests first = new SearchRequests(7, List.of("001125", "001082"));
        SearchRequests second = new SearchRequests(7, List.of("001125", "001082"));
        for (int i = 0; i < 50; i++) {
            SearchRequests.Request request = first.next();
            assertThat(second.next()).isEqualTo(request);
            assertThat(request.path()).startsWith("/api/v1/catalogue/offerings?").doesNotContain(" ");
        }
    }

    @Test
    void percentilesByNearestRank() {
        long[] millis = IntStream.rangeClosed(1, 100).mapToLong(i -> i * 1_000_000L).toArray();
        assertThat(Latencies.percentileMillis(millis, 50)).isEqualTo(50.0);
        assertThat(Latencies.percentileMillis(millis, 99)).isEqualTo(99.0);
        assertThat(Latencies.percentileMillis(millis, 100)).isEqualTo(100.0);
        assertThat(Latencies.percentileMillis(new long[] {3_000_000L}, 99)).isEqualTo(3.0);
    }
}
