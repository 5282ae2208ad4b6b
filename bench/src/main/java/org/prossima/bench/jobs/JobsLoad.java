package org.prossima.bench.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.prossima.bench.catalogue.Latencies;

/**
 * Load generator for the solving jobs: clients on virtual threads post food-recovery plans (the demo day) to the
 * instances in turn, each waiting for its plan to end before posting the next; a 429 is counted and the plan posted
 * again after Retry-After. It prints, as CSV on stdout: plans posted and how they ended (solved, failed, lost),
 * 429s, throughput, queue wait (posted to taken up) and turnaround (posted to solved) percentiles, plans taken over
 * by a second attempt, and how many plans each instance solved.
 */
public final class JobsLoad {

    public static final String CSV_HEADER = "plans,solved,failed,lost,rejected_429,seconds,plans_per_minute,"
            + "queue_wait_p50_s,queue_wait_p99_s,turnaround_p50_s,turnaround_p99_s,taken_over";
    private static final Duration POLL = Duration.ofMillis(500);

    private final JobsLoadOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public JobsLoad(JobsLoadOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** How the run ended: plans lost (never final) and failed must be zero. */
    public record Result(int posted, int solved, int failed, int lost, long rejected) {
    }

    private record Ended(String status, OffsetDateTime created, OffsetDateTime started, OffsetDateTime solved,
            String solvedBy, int attempt) {
    }

    public Result run() throws IOException, InterruptedException {
        String problem = demoProblem();
        err.printf(Locale.ROOT, "jobs-load: %d plans of %d lots, %d s each, %d clients, instances %s%n",
                options.plans(), options.lots(), options.secondsEach(), options.clients(), options.urls());
        AtomicInteger next = new AtomicInteger();
        AtomicLong rejected = new AtomicLong();
        List<Ended> ended = Collections.synchronizedList(new ArrayList<>());
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < options.clients(); c++) {
                clients.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < options.plans()) {
                        URI base = options.urls().get(n % options.urls().size());
                        try {
                            ended.add(postAndWait(base, problem, rejected));
                        } catch (IOException | RuntimeException e) {
                            problems.add("plan " + n + " on " + base + ": " + e.getMessage());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return report(ended, problems, rejected.get(), seconds);
    }

    private Result report(List<Ended> ended, List<String> problems, long rejected, double seconds) {
        Latencies wait = new Latencies();
        Latencies turnaround = new Latencies();
        Map<String, Integer> byInstance = new TreeMap<>();
        int solved = 0;
        int failed = 0;
        int lost = 0;
        int takenOver = 0;
        for (Ended e : ended) {
            switch (e.status()) {
                case "SOLVED" -> {
                    solved++;
                    byInstance.merge(e.solvedBy(), 1, Integer::sum);
                    wait.add(Duration.between(e.created(), e.started()).toNanos());
                    turnaround.add(Duration.between(e.created(), e.solved()).toNanos());
                }
                case "LOST" -> lost++;
                default -> failed++;
            }
            if (e.attempt() > 1) {
                takenOver++;
            }
        }
        failed += problems.size();
        long[] w = sorted(wait);
        long[] t = sorted(turnaround);
        out.println(CSV_HEADER);
        out.printf(Locale.ROOT, "%d,%d,%d,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%d%n", ended.size() + problems.size(),
                solved, failed, lost, rejected, seconds, solved / seconds * 60, Latencies.percentileMillis(w, 50) / 1000,
                Latencies.percentileMillis(w, 99) / 1000, Latencies.percentileMillis(t, 50) / 1000,
                Latencies.percentileMillis(t, 99) / 1000, takenOver);
        byInstance.forEach((instance, count) -> err.println("solved by " + instance + ": " + count));
        problems.stream().limit(10).forEach(p -> err.println("error: " + p));
        return new Result(ended.size() + problems.size(), solved, failed, lost, rejected);
    }

    private static long[] sorted(Latencies latencies) {
        return latencies.sorted();
    }

    private Ended postAndWait(URI base, String problem, AtomicLong rejected) throws IOException, InterruptedException {
        String path = "/api/v1/food-recovery/plans?seconds=" + options.secondsEach();
        while (true) {
            HttpResponse<String> posted = send(base, false, b -> request(b, path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(problem)));
            if (posted.statusCode() == 429) {
                rejected.incrementAndGet();
                long wait = posted.headers().firstValue("Retry-After").map(Long::parseLong).orElse(5L);
                Thread.sleep(Duration.ofSeconds(Math.min(wait, 10)));
                continue;
            }
            if (posted.statusCode() != 202) {
                throw new IOException("POST answered " + posted.statusCode() + ": " + posted.body());
            }
            String location = posted.headers().firstValue("Location").orElseThrow();
            return await(base, location);
        }
    }

    private Ended await(URI base, String location) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        while (System.nanoTime() < deadline) {
            String body = send(base, true, b -> request(b, location).GET()).body();
            String status = text(body, "status");
            if (!"QUEUED".equals(status) && !"SOLVING".equals(status)) {
                return new Ended(status, time(body, "createdAt"), time(body, "startedAt"), time(body, "solvedAt"),
                        text(body, "solvedBy"), (int) number(body, "attempt"));
            }
            Thread.sleep(POLL);
        }
        return new Ended("LOST", null, null, null, null, 0);
    }

    /**
     * Sends to the preferred instance, or to the next one that answers when it cannot be reached (killed, restarting):
     * a client of several instances goes on through another, as behind a load balancer. A read is also sent again
     * when the instance dies while answering; a post only when it was not reached at all (else it may be stored).
     */
    private HttpResponse<String> send(URI preferred, boolean read, Function<URI, HttpRequest.Builder> request)
            throws IOException, InterruptedException {
        List<URI> urls = options.urls();
        int first = urls.indexOf(preferred);
        IOException last = null;
        for (int i = 0; i < urls.size(); i++) {
            URI base = urls.get((first + i) % urls.size());
            try {
                return http.send(request.apply(base).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (!read && !(e instanceof ConnectException)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private String demoProblem() throws IOException, InterruptedException {
        URI base = options.urls().getFirst();
        HttpResponse<String> response = http.send(request(base, "/api/v1/food-recovery/demo-problem?lots="
                + options.lots()).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET the demo problem from " + base + " answered " + response.statusCode()
                    + ": is the token a food-recovery dispatcher's?");
        }
        return response.body();
    }

    private HttpRequest.Builder request(URI base, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + options.token());
    }

    private static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static OffsetDateTime time(String json, String field) {
        String text = text(json, field);
        return text == null ? null : OffsetDateTime.parse(text);
    }
}
