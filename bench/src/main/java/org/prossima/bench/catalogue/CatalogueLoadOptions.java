package org.prossima.bench.catalogue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.prossima.bench.cli.UsageException;

/**
 * Options of the catalogue-load command.
 *
 * @param url      the service's base URL, e.g. http://localhost:8080
 * @param clients  concurrent clients, each in a closed loop (the next request when the last answered)
 * @param duration how long the measured run lasts
 * @param warmup   how long the clients run before measuring (JIT, connection pools); not reported
 * @param seed     seed of the clients' request streams
 * @param thinkMillis mean pause of each client between two requests, drawn uniformly from 0 to twice
 *                    it (0: none)
 * @param fill     offerings to add first through POST /api/v1/catalogue/demo (0: none)
 * @param token    an administrator's personal API token, for --fill, or a coordinator's or administrator's, for
 *                 --writes-per-second (searches need none: they are public)
 * @param writesPerSecond offerings written a second during the measured run, each followed by a measure of its
 *                        freshness ({@link CatalogueWriter}); 0: none
 * @param url2     a second instance of the service on the same database, or null: the clients search on both in
 *                 turn, and freshness is measured there
 */
public record CatalogueLoadOptions(URI url, int clients, Duration duration, Duration warmup, long seed,
        int thinkMillis, int fill, String token, double writesPerSecond, URI url2) {

    public static final String USAGE = """
            usage: java -jar prossima-bench.jar catalogue-load --url URL [--clients N] [--seconds S]
                       [--warmup S] [--seed S] [--think-ms MS] [--fill N] [--token TOKEN]
                       [--writes-per-second R] [--url2 URL]
              --url       the running service, e.g. http://localhost:8080
              --clients   concurrent clients in a closed loop; default 50
              --seconds   measured duration; default 30
              --warmup    seconds of load before measuring, not reported; default 5
              --seed      seed of the request streams; default 1
              --think-ms  mean pause between a client's requests (uniform, 0..2x); default 0
              --fill      first add N generated offerings (POST /api/v1/catalogue/demo, needs the
                          service started with --prossima.catalogue.demo-endpoint=true); default 0
              --token     a personal API token (POST /api/v1/me/tokens): an administrator's for --fill,
                          a coordinator's or an administrator's for --writes-per-second
              --writes-per-second  during the measured run, create, update and withdraw offerings
                          in turn at R writes a second, and measure each one's freshness: how long
                          until a search answers with it; default 0
              --url2      a second instance on the same database: the clients search on both in
                          turn, and freshness is measured there
              Exit status: 0 every request answered with a search result, 1 the service could not be
              reached, 2 bad arguments, 4 some requests failed (stderr says which).
            """;

    public static CatalogueLoadOptions parse(List<String> args) {
        URI url = null;
        int clients = 50;
        double seconds = 30;
        double warmup = 5;
        long seed = 1;
        int think = 0;
        int fill = 0;
        String token = null;
        double writes = 0;
        URI url2 = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String value = i + 1 < args.size() ? args.get(++i) : null;
            if (value == null) {
                throw new UsageException(option + " needs a value");
            }
            switch (option) {
                case "--url" -> url = url(value);
                case "--clients" -> clients = whole(option, value, 1, 10_000);
                case "--seconds" -> seconds = positive(option, value);
                case "--warmup" -> warmup = value.equals("0") ? 0 : positive(option, value);
                case "--seed" -> seed = seed(value);
                case "--think-ms" -> think = whole(option, value, 0, 60_000);
                case "--fill" -> fill = whole(option, value, 0, 20_000);
                case "--token" -> token = value;
                case "--writes-per-second" -> writes = value.equals("0") ? 0 : positive(option, value);
                case "--url2" -> url2 = url(value);
                default -> throw new UsageException("unknown option: " + option);
            }
        }
        if (url == null) {
            throw new UsageException("--url is required, e.g. --url http://localhost:8080");
        }
        if (writes > 0 && token == null) {
            throw new UsageException("--writes-per-second needs a coordinator's or an administrator's --token");
        }
        return new CatalogueLoadOptions(url, clients, millis(seconds), millis(warmup), seed, think, fill, token, writes,
                url2);
    }

    private static URI url(String text) {
        try {
            URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new UsageException("--url must be an http(s) URL such as http://localhost:8080: " + text);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--url is not a URL: " + text);
        }
    }

    private static int whole(String option, String text, int min, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a whole number from " + min + " to " + max + ": " + text);
    }

    private static double positive(String option, String text) {
        try {
            double s = Double.parseDouble(text);
            if (s > 0 && !Double.isInfinite(s)) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a positive number of seconds: " + text);
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number: " + text);
        }
    }

    private static Duration millis(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
