package org.prossima.bench.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.prossima.bench.catalogue.Latencies;

/**
 * Oversized CSV uploads sent at once, twice: with their length declared, then chunked (no length). Meanwhile the
 * service's resident memory and {@code /actuator/health} are sampled. "Refused within 1 s" is timed to the first byte
 * of the answer (the 413 status line) as the client receives it: from the start of the request for a declared length
 * (the service can refuse before reading), from the moment the client had written past the limit for a chunked body
 * (the service cannot know before it has read that much).
 */
final class UploadCase {

    static final String PATH = "/api/v1/placement/candidates/import";
    private static final Duration SAMPLE = Duration.ofMillis(200);

    private final FaultsOptions options;
    private final PrintStream out;
    private final Consumer<String> missed;

    UploadCase(FaultsOptions options, PrintStream out, Consumer<String> missed) {
        this.options = options;
        this.out = out;
        this.missed = missed;
    }

    void run(ServiceProcess service) throws IOException, InterruptedException {
        String coordinator = service.basic("coordinator.cisa");
        out.println("case,body,uploads,mb_each,statuses,first_byte_max_ms,after_limit_max_ms,written_max_mb,"
                + "biggest_answer_bytes,rss_before_mb,rss_max_mb,rss_growth_mb,health_max_ms");
        send(service, coordinator, true);
        send(service, coordinator, false);
    }

    private void send(ServiceProcess service, String authorization, boolean declared)
            throws IOException, InterruptedException {
        long size = (long) options.uploadMb() << 20;
        long limit = (long) options.csvLimitMb() << 20;
        long before = service.rssMegabytes();
        AtomicLong maxRss = new AtomicLong(before);
        Latencies health = new Latencies();
        AtomicBoolean sending = new AtomicBoolean(true);
        List<RawUpload.Result> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.submit(() -> watch(service, sending, maxRss, health));
            List<Future<RawUpload.Result>> uploads = new ArrayList<>();
            for (int i = 0; i < options.uploads(); i++) {
                uploads.add(threads.submit(() -> RawUpload.send(service.uri("/"), PATH, authorization, size,
                        declared, limit)));
            }
            for (var upload : uploads) {
                results.add(upload.get());
            }
            sending.set(false);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        results.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        double firstByte = maxMillis(results, RawUpload.Result::firstByteNanos);
        double afterLimit = maxMillis(results, RawUpload.Result::afterLimitNanos);
        long written = results.stream().mapToLong(RawUpload.Result::bytesWritten).max().orElse(0) >> 20;
        long biggest = results.stream().mapToLong(RawUpload.Result::answerBytes).max().orElse(0);
        double healthMax = Latencies.percentileMillis(health.sorted(), 100);
        String body = declared ? "declared" : "chunked";
        out.printf(Locale.ROOT, "uploads,%s,%d,%d,%s,%.0f,%.0f,%d,%d,%d,%d,%d,%.0f%n", body, options.uploads(),
                options.uploadMb(), statuses.toString().replace(',', ';'), firstByte, afterLimit, written, biggest,
                before, maxRss.get(), maxRss.get() - before, healthMax);
        statuses.keySet().stream().filter(s -> s != 413).forEach(s -> missed.accept("a " + body + " upload answered "
                + (s == 0 ? "nothing (the connection ended before a status line)" : s) + ", not 413"));
        double refusal = declared ? firstByte : afterLimit;
        if (!(refusal < 1000)) {
            missed.accept("a " + body + " upload's 413 came " + Math.round(refusal) + " ms after "
                    + (declared ? "its request started" : "it passed the limit") + " (target: within 1000)");
        }
        if (maxRss.get() - before >= 200) {
            missed.accept("memory grew by " + (maxRss.get() - before) + " MB with " + body
                    + " uploads (target: < 200)");
        }
        if (!(healthMax < 1000)) {
            missed.accept("health took " + Math.round(healthMax) + " ms during " + body + " uploads (target: < 1000)");
        }
    }

    /** The largest of the values, in milliseconds; NaN when none was measured (-1). */
    private static double maxMillis(List<RawUpload.Result> results, ToLongFunction<RawUpload.Result> nanos) {
        long max = results.stream().mapToLong(nanos).max().orElse(-1);
        return max < 0 ? Double.NaN : max / 1e6;
    }

    private static void watch(ServiceProcess service, AtomicBoolean going, AtomicLong maxRss, Latencies health) {
        while (going.get()) {
            long start = System.nanoTime();
            try {
                service.get("/actuator/health", null, Duration.ofSeconds(10));
                FaultsBench.record(health, System.nanoTime() - start);
                maxRss.accumulateAndGet(service.rssMegabytes(), Math::max);
                Thread.sleep(SAMPLE);
            } catch (IOException e) {
                FaultsBench.record(health, System.nanoTime() - start);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
