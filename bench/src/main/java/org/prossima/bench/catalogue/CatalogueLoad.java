package org.prossima.bench.catalogue;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.prossima.bench.catalogue.SearchRequests.Kind;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.TerritoryFiles;

/**
 * Load generator for the catalogue search: N clients on virtual threads, each in a closed loop
 * (a kept-alive {@link SearchConnection} each), sending {@link SearchRequests}. It measures the requests sent after a warm-up
 * and prints, as CSV on stdout, requests, errors, throughput and latency percentiles, for
 * all requests and per kind of request. A request is an error when it fails or is not a 200 with
 * a search result.
 */
public final class CatalogueLoad {

    public static final String CSV_HEADER = "kind,requests,errors,seconds,throughput_rps,p50_ms,p95_ms,p99_ms,max_ms";
    private static final int MAX_ERROR_LINES = 10;
    private static final String WARM_UP = "(warm-up) ";
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private final CatalogueLoadOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http;

    public CatalogueLoad(CatalogueLoadOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Runs the load; the result says how many requests failed. */
    public Result run() throws IOException, InterruptedException {
        List<String> comuni = comuni();
        if (options.fill() > 0) {
            fill();
        }
        err.printf(Locale.ROOT, "catalogue-load: %s%s, %d clients, %d s warm-up, %d s measured, seed %d, %.1f writes/s,"
                + " %d offerings found%n", options.url(), options.url2() == null ? "" : " and " + options.url2(),
                options.clients(), options.warmup().toSeconds(), options.duration().toSeconds(), options.seed(),
                options.writesPerSecond(), visibleOfferings());
        Result result = load(comuni);
        out.println(CSV_HEADER);
        result.rows().forEach(out::println);
        result.errorSamples().entrySet().stream().limit(MAX_ERROR_LINES)
                .forEach(e -> err.println("error: " + e.getValue() + " × " + e.getKey()));
        if (result.errorSamples().size() > MAX_ERROR_LINES) {
            err.println("error: … and " + (result.errorSamples().size() - MAX_ERROR_LINES) + " other reasons");
        }
        return result;
    }

    /** The comuni of ASL TO4, from the territory table the bench carries (the service's list needs a sign-in). */
    private static List<String> comuni() {
        return TerritoryFiles.asl4Comuni().stream().map(Comune::istatCode).toList();
    }

    private void fill() throws IOException, InterruptedException {
        String path = "/api/v1/catalogue/demo?offerings=" + options.fill() + "&seed=" + options.seed();
        long start = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(10));
        if (options.token() != null) {
            request.header("Authorization", "Bearer " + options.token());
        }
        HttpResponse<String> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("POST " + path + " answered " + response.statusCode() + ": " + response.body()
                    + " (start the service with --prossima.catalogue.demo-endpoint=true, and give an administrator's"
                    + " --token)");
        }
        err.printf(Locale.ROOT, "filled %d offerings in %.1f s: %s%n", options.fill(),
                (System.nanoTime() - start) / 1e9, response.body());
    }

    private long visibleOfferings() throws IOException, InterruptedException {
        Matcher m = TOTAL.matcher(get("/api/v1/catalogue/offerings?size=1").body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * One continuous run: the clients start together, run through the warm-up and on to the end;
     * only requests sent after the warm-up are measured, so the measurement does not begin with
     * every client firing at once.
     */
    private Result load(List<String> comuni) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + options.warmup().toNanos();
        long deadline = measureFrom + options.duration().toNanos();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        List<Future<Map<Kind, Latencies>>> clients = new ArrayList<>();
        Future<CatalogueWriter.Result> written = null;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < options.clients(); c++) {
                SearchRequests requests = new SearchRequests(options.seed() * 1_000_003L + c, comuni);
                URI base = options.url2() != null && c % 2 == 1 ? options.url2() : options.url();
                clients.add(threads.submit(() -> client(base, requests, measureFrom, deadline, errors)));
            }
            if (options.writesPerSecond() > 0) {
                CatalogueWriter writer = new CatalogueWriter(http, options.url(),
                        options.url2() == null ? options.url() : options.url2(), options.token(),
                        options.writesPerSecond(), comuni, options.seed());
                written = threads.submit(() -> writer.run(measureFrom, deadline));
            }
        }
        double seconds = (System.nanoTime() - measureFrom) / 1e9;
        Map<Kind, Latencies> byKind = new EnumMap<>(Kind.class);
        Latencies all = new Latencies();
        for (Future<Map<Kind, Latencies>> client : clients) {
            try {
                client.get().forEach((kind, latencies) -> {
                    byKind.computeIfAbsent(kind, k -> new Latencies()).addAll(latencies);
                    all.addAll(latencies);
                });
            } catch (java.util.concurrent.ExecutionException e) {
                errors.computeIfAbsent("client failed: " + e.getCause(), k -> new AtomicLong()).incrementAndGet();
            }
        }
        long errorCount = errors.entrySet().stream().filter(e -> !e.getKey().startsWith(WARM_UP))
                .mapToLong(e -> e.getValue().get()).sum();
        List<String> rows = new ArrayList<>();
        rows.add(row("all", all, errorCount, seconds));
        byKind.forEach((kind, latencies) -> rows.add(row(kind.name().toLowerCase(Locale.ROOT), latencies, -1, seconds)));
        if (written != null) {
            errorCount += writes(written, rows, errors, seconds);
        }
        Map<String, Long> samples = new LinkedHashMap<>();
        errors.forEach((reason, count) -> samples.put(reason, count.get()));
        return new Result(all.size(), errorCount, errorCount + warmUpErrors(samples), rows, samples);
    }

    /**
     * One client's closed loop; latencies (and errors) of the requests sent from {@code measureFrom}
     * on, successful and failed alike.
     */
    private Map<Kind, Latencies> client(URI base, SearchRequests requests, long measureFrom, long deadline,
                                        Map<String, AtomicLong> errors) throws InterruptedException {
        Map<Kind, Latencies> latencies = new EnumMap<>(Kind.class);
        try (SearchConnection connection = new SearchConnection(base)) {
            loop(connection, requests, measureFrom, deadline, errors, latencies);
        }
        return latencies;
    }

    private void loop(SearchConnection connection, SearchRequests requests, long measureFrom, long deadline,
                      Map<String, AtomicLong> errors, Map<Kind, Latencies> latencies) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            SearchRequests.Request request = requests.next();
            long sent = System.nanoTime();
            String failure;
            try {
                int status = connection.get(request.path());
                failure = status == 200 ? null
                        : status == SearchConnection.NOT_A_SEARCH_RESULT ? "not a search result for " + request.path()
                        : "HTTP " + status + " for " + request.path();
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            boolean measured = sent - measureFrom >= 0;
            if (measured) {
                latencies.computeIfAbsent(request.kind(), k -> new Latencies()).add(System.nanoTime() - sent);
            }
            if (failure != null) {
                errors.computeIfAbsent(measured ? failure : WARM_UP + failure, k -> new AtomicLong()).incrementAndGet();
            }
            if (options.thinkMillis() > 0) {
                Thread.sleep(requests.thinkMillis(options.thinkMillis()));
            }
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(options.url(), path);
    }

    private HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(options.url() + path);
    }

    /**
     * The writer's rows: {@code write} (the writes' latency; errors: failed writes) and {@code freshness} (from a
     * write's answer to the first search answering with it; errors: changes not seen within
     * {@link CatalogueWriter#GIVE_UP}). Returns the writer's errors.
     */
    private static long writes(Future<CatalogueWriter.Result> written, List<String> rows,
            Map<String, AtomicLong> errors, double seconds) throws InterruptedException {
        try {
            CatalogueWriter.Result result = written.get();
            rows.add(row("write", result.writes(), result.failedWrites(), seconds));
            rows.add(row("freshness", result.freshness(), result.stale(), seconds));
            if (result.failedWrites() > 0) {
                errors.computeIfAbsent("write failed", k -> new AtomicLong()).addAndGet(result.failedWrites());
            }
            result.staleSamples().forEach(sample -> errors.computeIfAbsent("not seen by a search within "
                    + CatalogueWriter.GIVE_UP.toSeconds() + " s: " + sample, k -> new AtomicLong()).incrementAndGet());
            return result.failedWrites() + result.stale();
        } catch (java.util.concurrent.ExecutionException e) {
            errors.computeIfAbsent("writer failed: " + e.getCause(), k -> new AtomicLong()).incrementAndGet();
            return 1;
        }
    }

    private static long warmUpErrors(Map<String, Long> samples) {
        return samples.entrySet().stream().filter(e -> e.getKey().startsWith(WARM_UP)).mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static String row(String kind, Latencies latencies, long errors, double seconds) {
        long[] sorted = latencies.sorted();
        return String.format(Locale.ROOT, "%s,%d,%s,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f", kind, sorted.length,
                errors < 0 ? "" : Long.toString(errors), seconds, sorted.length / seconds,
                Latencies.percentileMillis(sorted, 50), Latencies.percentileMillis(sorted, 95),
                Latencies.percentileMillis(sorted, 99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    /**
     * @param requests     requests sent after the warm-up
     * @param errors       of which failed
     * @param allErrors    failed requests, warm-up included
     * @param rows         the CSV rows printed
     * @param errorSamples failures by reason (those of the warm-up marked so)
     */
    public record Result(long requests, long errors, long allErrors, List<String> rows,
                         Map<String, Long> errorSamples) {
    }
}
