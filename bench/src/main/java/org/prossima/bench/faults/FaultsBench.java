package org.prossima.bench.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.prossima.bench.catalogue.Latencies;

/**
 * The service under faults, measured from outside: it starts the jar on its embedded PostgreSQL, sends oversized CSV
 * uploads at once while it watches the service's memory and health, then kills the embedded PostgreSQL with a plan
 * solving and requests in flight, and prints what was answered, how fast, when readiness went DOWN and UP again, and
 * whether any plan was lost.
 */
public final class FaultsBench {

    private static final Duration SAMPLE = Duration.ofMillis(200);

    private final FaultsOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final List<String> missed = Collections.synchronizedList(new ArrayList<>());

    public FaultsBench(FaultsOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Runs both cases; true when every target held (stdout says which did not). */
    public boolean run() throws IOException, InterruptedException {
        Path workdir = options.workdir() != null ? options.workdir() : Files.createTempDirectory("prossima-faults");
        err.println("faults: starting " + options.jar() + " in " + workdir);
        try (ServiceProcess service = ServiceProcess.start(options.jar(), workdir)) {
            uploads(service);
            outage(service);
        }
        missed.forEach(m -> out.println("target missed: " + m));
        return missed.isEmpty();
    }

    private void uploads(ServiceProcess service) throws IOException, InterruptedException {
        String coordinator = service.basic("coordinator.cisa");
        long before = service.rssMegabytes();
        AtomicLong maxRss = new AtomicLong(before);
        Latencies health = new Latencies();
        AtomicBoolean sending = new AtomicBoolean(true);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        AtomicLong biggestAnswer = new AtomicLong();
        Latencies answered = new Latencies();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.submit(() -> watch(service, sending, maxRss, health));
            List<Future<?>> uploads = new ArrayList<>();
            for (int i = 0; i < options.uploads(); i++) {
                uploads.add(threads.submit(() -> {
                    long start = System.nanoTime();
                    String outcome;
                    try {
                        HttpResponse<String> r = service.post("/api/v1/placement/candidates/import", coordinator,
                                "text/csv", HttpRequest.BodyPublishers.ofInputStream(
                                        () -> new GeneratedCsv((long) options.uploadMb() << 20)),
                                Duration.ofMinutes(5));
                        outcome = Integer.toString(r.statusCode());
                        biggestAnswer.accumulateAndGet(r.body().length(), Math::max);
                    } catch (IOException e) {
                        outcome = "closed before the body was sent";
                    }
                    record(answered, System.nanoTime() - start);
                    outcomes.merge(outcome, 1, Integer::sum);
                    return null;
                }));
            }
            for (var upload : uploads) {
                upload.get();
            }
            sending.set(false);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        long[] h = health.sorted();
        long[] a = answered.sorted();
        out.println("case,uploads,mb_each,outcomes,answer_max_ms,biggest_answer_bytes,rss_before_mb,rss_max_mb,"
                + "rss_growth_mb,health_max_ms");
        out.printf(Locale.ROOT, "uploads,%d,%d,%s,%.0f,%d,%d,%d,%d,%.0f%n", options.uploads(), options.uploadMb(),
                new TreeMap<>(outcomes).toString().replace(',', ';'), Latencies.percentileMillis(a, 100),
                biggestAnswer.get(), before, maxRss.get(), maxRss.get() - before, Latencies.percentileMillis(h, 100));
        outcomes.keySet().stream().filter(o -> !o.equals("413") && !o.startsWith("closed"))
                .forEach(o -> missed.add("an upload answered " + o + ", not 413"));
        if (maxRss.get() - before >= 200) {
            missed.add("memory grew by " + (maxRss.get() - before) + " MB (target: < 200)");
        }
        if (Latencies.percentileMillis(h, 100) >= 1000) {
            missed.add("health took " + Latencies.percentileMillis(h, 100) + " ms (target: < 1000)");
        }
    }

    private void watch(ServiceProcess service, AtomicBoolean going, AtomicLong maxRss, Latencies health) {
        while (going.get()) {
            long start = System.nanoTime();
            try {
                service.get("/actuator/health", null, Duration.ofSeconds(10));
                record(health, System.nanoTime() - start);
                maxRss.accumulateAndGet(service.rssMegabytes(), Math::max);
                Thread.sleep(SAMPLE);
            } catch (IOException e) {
                record(health, System.nanoTime() - start);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void outage(ServiceProcess service) throws IOException, InterruptedException {
        String admin = service.basic("admin");
        String token = "Bearer " + field(service.post("/api/v1/me/tokens", admin, "application/json",
                HttpRequest.BodyPublishers.ofString("{\"name\": \"faults\"}"), Duration.ofSeconds(10)).body(), "token");
        HttpResponse<String> posted = service.post("/api/v1/demand/allocation-plans", token, "application/json",
                HttpRequest.BodyPublishers.ofString("{\"seconds\": 8}"), Duration.ofSeconds(10));
        String plan = posted.headers().firstValue("Location").orElseThrow(() -> new IOException(
                "the plan was not accepted: " + posted.statusCode() + " " + posted.body()));
        while (!"SOLVING".equals(field(service.get(plan, token, Duration.ofSeconds(5)).body(), "status"))) {
            Thread.sleep(100);
        }
        long killed = System.nanoTime();
        service.postmaster().destroyForcibly();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Latencies latency = new Latencies();
        AtomicLong down = new AtomicLong(-1);
        AtomicLong up = new AtomicLong(-1);
        long end = killed + Duration.ofSeconds(options.outage()).toNanos();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String path : List.of(plan, "/api/v1/catalogue/offerings?q=tirocinio", "/api/v1/placement/budgets")) {
                clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = service.get(path, token, Duration.ofSeconds(30)).statusCode();
                        } catch (IOException e) {
                            status = 0;
                        }
                        record(latency, System.nanoTime() - start);
                        statuses.merge(status, 1, Integer::sum);
                        Thread.sleep(50);
                    }
                    return null;
                });
            }
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    boolean ready = service.ready();
                    if (!ready && down.get() < 0) {
                        down.set(System.nanoTime() - killed);
                    } else if (ready && down.get() >= 0 && up.get() < 0) {
                        up.set(System.nanoTime() - killed);
                    }
                    Thread.sleep(SAMPLE);
                }
                return null;
            });
        }
        String status = "QUEUED";
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
        long[] l = latency.sorted();
        int lost = "SOLVED".equals(status) ? 0 : 1;
        out.println("case,requests_by_status,p99_ms,max_ms,readiness_down_s,readiness_up_s,plan,plans_lost");
        out.printf(Locale.ROOT, "outage,%s,%.0f,%.0f,%.1f,%.1f,%s,%d%n",
                new TreeMap<>(statuses).toString().replace(',', ';'), Latencies.percentileMillis(l, 99),
                Latencies.percentileMillis(l, 100), down.get() / 1e9, up.get() / 1e9, status, lost);
        if (lost > 0) {
            missed.add("the plan solving at the outage ended " + status);
        }
        statuses.keySet().stream().filter(s -> s != 200 && s != 503).forEach(s -> missed.add("a request answered "
                + (s == 0 ? "nothing" : s) + " during the outage"));
        if (Latencies.percentileMillis(l, 99) > 3000) {
            missed.add("p99 during the outage " + Latencies.percentileMillis(l, 99) + " ms (target: answered in 3 s)");
        }
    }

    /** Latencies are appended by several threads here. */
    private static void record(Latencies latencies, long nanos) {
        synchronized (latencies) {
            latencies.add(nanos);
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** A candidates CSV of about {@code size} bytes, made as it is read (nothing held in memory). */
    private static final class GeneratedCsv extends InputStream {

        private static final byte[] HEADER = ("consortium,comune,skills,languages,mobility,maxCommuteMinutes,"
                + "weeklyHours,days,earliestStart,programme,priority,monthsWaiting\n").getBytes(StandardCharsets.UTF_8);
        private static final byte[] ROW = "CISA,001064,gardening,it,OWN_CAR,60,10,MONDAY,2027-01-04,ADI,3,4\n"
                .getBytes(StandardCharsets.UTF_8);
        private final long size;
        private long sent;

        GeneratedCsv(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (sent >= size) {
                return -1;
            }
            byte b = sent < HEADER.length ? HEADER[(int) sent] : ROW[(int) ((sent - HEADER.length) % ROW.length)];
            sent++;
            return b & 0xff;
        }
    }
}
