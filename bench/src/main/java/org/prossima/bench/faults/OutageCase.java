package org.prossima.bench.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.prossima.bench.catalogue.Latencies;

/**
 * The database taken away with a plan solving and requests in flight: signed-in reads that need the database (the
 * plan with a token, the budgets with a password), public catalogue searches (served from memory) and health, each
 * every 50 ms, while a watcher polls readiness. After {@code --outage-seconds} the database is given back (unless
 * the service does it itself); the requests go on until readiness is UP again. Then the plan is read until it is final.
 */
final class OutageCase {

    private static final Duration PAUSE = Duration.ofMillis(50);
    /** The service's own words in its log when a solve ends with the database away (api, SolveEndings). */
    private static final String KEPT = "is kept and stored when it does";

    private final FaultsOptions options;
    private final PrintStream out;
    private final Consumer<String> missed;

    OutageCase(FaultsOptions options, PrintStream out, Consumer<String> missed) {
        this.options = options;
        this.out = out;
        this.missed = missed;
    }

    void run(ServiceProcess service, DatabaseFault fault) throws IOException, InterruptedException {
        String admin = service.basic("admin");
        String token = "Bearer " + field(service.post("/api/v1/me/tokens", admin, "application/json",
                HttpRequest.BodyPublishers.ofString("{\"name\": \"faults\"}"), Duration.ofSeconds(10)).body(), "token");
        HttpResponse<String> posted = service.post("/api/v1/demand/allocation-plans", token, "application/json",
                HttpRequest.BodyPublishers.ofString("{\"seconds\": " + options.planSeconds() + "}"),
                Duration.ofSeconds(10));
        String plan = posted.headers().firstValue("Location").orElseThrow(() -> new IOException(
                "the plan was not accepted: " + posted.statusCode() + " " + posted.body()));
        while (!"SOLVING".equals(field(service.get(plan, token, Duration.ofSeconds(5)).body(), "status"))) {
            Thread.sleep(100);
        }
        Map<String, Map<Integer, Integer>> statuses = new ConcurrentHashMap<>();
        Map<String, Slowest> slowest = new ConcurrentHashMap<>();
        Latencies latency = new Latencies();
        Latencies health = new Latencies();
        AtomicBoolean going = new AtomicBoolean(true);
        AtomicLong down = new AtomicLong(-1);
        AtomicLong up = new AtomicLong(-1);
        long restored = -1;
        long cut;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            cut = System.nanoTime();
            fault.cut();
            Clients requests = new Clients(clients, going, service, cut, statuses, slowest);
            requests.start("plan", plan, token, latency);
            requests.start("search", "/api/v1/catalogue/offerings?q=tirocinio", null, latency);
            requests.start("budgets", "/api/v1/placement/budgets", service.basic("admin"), latency);
            new Clients(clients, going, service, cut, new ConcurrentHashMap<>(), slowest)
                    .start("health", "/actuator/health", null, health);
            clients.submit(() -> readiness(service, going, cut, down, up));
            long outageEnd = cut + Duration.ofSeconds(options.outage()).toNanos();
            Thread.sleep(Duration.ofNanos(Math.max(0, outageEnd - System.nanoTime())));
            if (!fault.restoresItself()) {
                fault.restore();
                restored = System.nanoTime();
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while ((down.get() < 0 || up.get() < 0) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            going.set(false);
        }
        String status = finalStatus(service, plan, token);
        boolean keptDuringOutage = service.logSays(KEPT);
        long upAfterRestore = restored < 0 ? -1 : cut + up.get() - restored;
        print(fault, statuses, slowest, latency, health, down.get(), up.get(), upAfterRestore, status,
                keptDuringOutage);
    }

    private void print(DatabaseFault fault, Map<String, Map<Integer, Integer>> statuses, Map<String, Slowest> slowest,
            Latencies latency,
            Latencies health, long down, long up, long upAfterRestore, String status, boolean keptDuringOutage) {
        long[] l = latency.sorted();
        double p99 = Latencies.percentileMillis(l, 99);
        double healthMax = Latencies.percentileMillis(health.sorted(), 100);
        int lost = "SOLVED".equals(status) ? 0 : 1;
        Map<String, String> slowestMs = new TreeMap<>();
        slowest.forEach((name, worst) -> slowestMs.put(name, String.format(Locale.ROOT, "%dms@%.1fs",
                Math.round(worst.nanos() / 1e6), worst.startedAfterCut() / 1e9)));
        out.println("case,fault,outage_s,requests_by_status,p99_ms,max_ms,slowest_by_request,health_max_ms,"
                + "readiness_down_s,readiness_up_s,up_after_restart_s,plan,plan_solve_ended_in_outage,plans_lost");
        out.printf(Locale.ROOT, "outage,%s,%d,%s,%.0f,%.0f,%s,%.0f,%.1f,%.1f,%.1f,%s,%s,%d%n", fault.name(),
                options.outage(), semicolons(new TreeMap<>(statuses).toString()), p99,
                Latencies.percentileMillis(l, 100), semicolons(slowestMs.toString()), healthMax, seconds(down),
                seconds(up), seconds(upAfterRestore), status, keptDuringOutage ? "yes" : "no", lost);
        if (lost > 0) {
            missed.accept("the plan solving at the outage ended " + status);
        }
        statuses.forEach((path, answered) -> answered.keySet().stream().filter(s -> s != 200 && s != 503)
                .forEach(s -> missed.accept("a " + path + " request answered " + (s == 0 ? "nothing" : s)
                        + " during the outage")));
        if (!(p99 <= 3000)) {
            missed.accept("p99 during the outage " + Math.round(p99) + " ms (target: answered within 3 s)");
        }
        if (!(healthMax < 1000)) {
            missed.accept("health took " + Math.round(healthMax) + " ms during the outage (target: < 1000)");
        }
        if (down < 0 || down > 5_000_000_000L) {
            missed.accept("readiness DOWN " + (down < 0 ? "never" : seconds(down) + " s after the cut")
                    + " (target: within 5 s)");
        }
        if (up < 0) {
            missed.accept("readiness never UP again");
        }
    }

    /** A kind of request's slowest answer: how long it took, and when it was sent, from the cut (nanoseconds). */
    private record Slowest(long nanos, long startedAfterCut) {
    }

    /** Clients that each send one request again and again (50 ms apart) while {@code going}. */
    private record Clients(ExecutorService threads, AtomicBoolean going, ServiceProcess service, long cut,
            Map<String, Map<Integer, Integer>> statuses, Map<String, Slowest> slowest) {

        void start(String name, String path, String authorization, Latencies latency) {
            Map<Integer, Integer> answered = statuses.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
            threads.submit(() -> {
                while (going.get()) {
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = service.get(path, authorization, Duration.ofSeconds(30)).statusCode();
                    } catch (IOException e) {
                        status = 0;
                    }
                    long took = System.nanoTime() - start;
                    FaultsBench.record(latency, took);
                    Slowest now = new Slowest(took, start - cut);
                    slowest.merge(name, now, (a, b) -> a.nanos() >= b.nanos() ? a : b);
                    answered.merge(status, 1, Integer::sum);
                    Thread.sleep(PAUSE);
                }
                return null;
            });
        }
    }

    /** Records when readiness first went DOWN after the cut and first UP after that, in nanoseconds from the cut. */
    private static Void readiness(ServiceProcess service, AtomicBoolean going, long cut, AtomicLong down,
            AtomicLong up) throws InterruptedException {
        while (going.get()) {
            boolean ready = service.ready();
            if (!ready && down.get() < 0) {
                down.set(System.nanoTime() - cut);
            } else if (ready && down.get() >= 0 && up.get() < 0) {
                up.set(System.nanoTime() - cut);
            }
            Thread.sleep(PAUSE);
        }
        return null;
    }

    private static String finalStatus(ServiceProcess service, String plan, String token) throws InterruptedException {
        String status = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while ((status == null || "QUEUED".equals(status) || "SOLVING".equals(status))
                && System.nanoTime() < deadline) {
            try {
                status = field(service.get(plan, token, Duration.ofSeconds(5)).body(), "status");
            } catch (IOException e) {
                status = null;
            }
            Thread.sleep(500);
        }
        return status;
    }

    /** A map's text as one CSV cell. */
    private static String semicolons(String map) {
        return map.replace(", ", "; ").replace(',', ';');
    }

    private static double seconds(long nanos) {
        return nanos < 0 ? Double.NaN : nanos / 1e9;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
