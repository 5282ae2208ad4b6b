package org.prossima.bench.catalogue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer of {@code catalogue-load --writes-per-second R}: during the measured run it writes an offering at R
 * writes a second, in turn creating one, updating it and withdrawing it, and after each write measures its freshness:
 * how long from the write's answer until a search (on the probed instance: the second one when given, so that the
 * change crosses instances) answers with the change. Each offering carries a made-up word of its own, so a search
 * for it finds one offering once created or updated and none once withdrawn. A change not seen within
 * {@link #GIVE_UP} counts as stale.
 */
final class CatalogueWriter {

    static final Duration GIVE_UP = Duration.ofSeconds(10);
    private static final long PROBE_PAUSE_MILLIS = 2;
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern CONSORTIUM = Pattern.compile("\"consortium\"\\s*:\\s*\"([A-Z0-9_]+)\"");

    /** What one run wrote: write latencies, freshness, failed writes and changes never seen. */
    record Result(Latencies writes, Latencies freshness, long failedWrites, long stale, List<String> staleSamples) {
    }

    private final HttpClient http;
    private final URI url;
    private final URI probed;
    private final String token;
    private final double perSecond;
    private final List<String> comuni;
    private final Random random;
    private String lastAnswer = "none";

    CatalogueWriter(HttpClient http, URI url, URI probed, String token, double perSecond, List<String> comuni,
            long seed) {
        this.http = http;
        this.url = url;
        this.probed = probed;
        this.token = token;
        this.perSecond = perSecond;
        this.comuni = comuni;
        this.random = new Random(seed);
    }

    /** Writes from {@code from} to {@code deadline} (System.nanoTime()). */
    Result run(long from, long deadline) throws IOException, InterruptedException {
        String consortium = consortium();
        Latencies writes = new Latencies();
        Latencies freshness = new Latencies();
        long failed = 0;
        long stale = 0;
        List<String> staleSamples = new ArrayList<>();
        long interval = (long) (1e9 / perSecond);
        long next = from;
        String location = null;
        String word = null;
        int step = 0;
        while (true) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            if (System.nanoTime() >= deadline) {
                break;
            }
            next = Math.max(next + interval, System.nanoTime());
            long sent = System.nanoTime();
            HttpResponse<String> response;
            int expected;
            if (step % 3 == 0) {
                word = word();
                response = send(HttpRequest.newBuilder(url.resolve("/api/v1/catalogue/offerings"))
                        .POST(HttpRequest.BodyPublishers.ofString(offering(word, consortium))));
                location = response.headers().firstValue("Location").orElse(null);
                expected = 1;
            } else if (step % 3 == 1) {
                word = word();
                response = send(HttpRequest.newBuilder(url.resolve(location))
                        .PUT(HttpRequest.BodyPublishers.ofString(offering(word, consortium))));
                expected = 1;
            } else {
                response = send(HttpRequest.newBuilder(url.resolve(location + "/withdraw"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
                expected = 0;
            }
            long answered = System.nanoTime();
            if (response.statusCode() / 100 != 2 || location == null) {
                failed++;
                step = 0;
                continue;
            }
            writes.add(answered - sent);
            step++;
            long seen = probe(word, expected, answered + GIVE_UP.toNanos());
            if (seen < 0) {
                stale++;
                if (staleSamples.size() < 5) {
                    staleSamples.add(new String[] {"create", "update", "withdrawal"}[(step - 1) % 3] + " of " + location
                            + " (searched: " + word + ", expected " + expected + "; last answer: " + lastAnswer + ")");
                }
            } else {
                freshness.add(seen - answered);
            }
        }
        return new Result(writes, freshness, failed, stale, staleSamples);
    }

    /** When a search first answered with {@code expected} offerings for the word, or -1 past {@code giveUp}. */
    private long probe(String word, int expected, long giveUp) throws IOException, InterruptedException {
        URI search = probed.resolve("/api/v1/catalogue/offerings?size=1&q=" + word);
        while (System.nanoTime() < giveUp) {
            HttpResponse<String> found = http.send(HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            lastAnswer = found.statusCode() + " " + found.body().substring(0, Math.min(300, found.body().length()));
            Matcher total = TOTAL.matcher(found.body());
            if (found.statusCode() == 200 && total.find() && Integer.parseInt(total.group(1)) == expected) {
                return answered;
            }
            Thread.sleep(PROBE_PAUSE_MILLIS);
        }
        return -1;
    }

    /** The consortium of the token's user (a coordinator writes its own), or null (an administrator: the ASL's). */
    private String consortium() throws IOException, InterruptedException {
        HttpResponse<String> me = send(HttpRequest.newBuilder(url.resolve("/api/v1/me")).GET());
        if (me.statusCode() != 200) {
            throw new IOException("GET /api/v1/me answered " + me.statusCode() + ": give a coordinator's or an "
                    + "administrator's --token for --writes-per-second");
        }
        Matcher m = CONSORTIUM.matcher(me.body());
        return m.find() ? m.group(1) : null;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A made-up word of letters only, which no other offering has: drawn afresh on every run (not from the seed),
     * since an earlier run with the same seed may have left its last offering active.
     */
    private String word() {
        StringBuilder word = new StringBuilder("zqbench");
        for (int i = 0; i < 12; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private String offering(String word, String consortium) {
        return """
                {"title": "Sportello di prova %s", "description": "Offerta scritta da catalogue-load, il banco di \
                prova del catalogo.", "category": "COMMUNITY", "provider": "Banco di prova catalogue-load", \
                %s"address": {"text": "Sede di prova", "istatCode": "%s"}}"""
                .formatted(word, consortium == null ? "" : "\"consortium\": \"" + consortium + "\", ",
                        comuni.get(random.nextInt(comuni.size())));
    }
}
