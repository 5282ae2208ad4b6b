package org.prossima.bench.jobs;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.prossima.bench.cli.Args;
import org.prossima.bench.cli.UsageException;

/**
 * Options of the jobs-load command.
 *
 * @param urls         the instances of the service, plans posted to them in turn
 * @param token        a personal API token of a food-recovery dispatcher (Authorization: Bearer)
 * @param clients      concurrent clients, each posting a plan and waiting for it to end before the next
 * @param plans        plans posted in all
 * @param lots         lots in each plan's problem (the demo day's size)
 * @param secondsEach  solving time of each plan
 * @param timeout      how long a plan may take, queue included, before it counts as lost
 */
public record JobsLoadOptions(List<URI> urls, String token, int clients, int plans, int lots, int secondsEach,
        Duration timeout) {

    public static final String USAGE = """
            usage: java -jar prossima-bench.jar jobs-load --urls URL[,URL...] --token TOKEN [--clients N]
                       [--plans N] [--lots N] [--seconds-each S] [--timeout S]
              --urls          the instances, e.g. http://localhost:18081,http://localhost:18082
              --token         a dispatcher's personal API token (POST /api/v1/me/tokens)
              --clients       concurrent clients; default 8
              --plans         plans posted in all; default 40
              --lots          lots in each demo problem (10..300); default 20
              --seconds-each  solving time of each plan (1..300); default 2
              --timeout       seconds a plan may take before it counts as lost; default 600
              Exit status: 0 every plan ended solved, 1 the service could not be reached, 2 bad arguments,
              5 some plans were lost or failed (stderr says which).
            """;

    public static JobsLoadOptions parse(List<String> args) {
        List<URI> urls = new ArrayList<>();
        String token = null;
        int clients = 8;
        int plans = 40;
        int lots = 20;
        int seconds = 2;
        long timeout = 600;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String value = Args.value(args, ++i, option);
            switch (option) {
                case "--urls" -> {
                    for (String url : value.split(",")) {
                        urls.add(url(url.strip()));
                    }
                }
                case "--token" -> token = value;
                case "--clients" -> clients = (int) range(option, value, 1, 1_000);
                case "--plans" -> plans = (int) range(option, value, 1, 100_000);
                case "--lots" -> lots = (int) range(option, value, 10, 300);
                case "--seconds-each" -> seconds = (int) range(option, value, 1, 300);
                case "--timeout" -> timeout = range(option, value, 1, 86_400);
                default -> throw new UsageException("unknown option: " + option);
            }
        }
        if (urls.isEmpty()) {
            throw new UsageException("--urls is required, e.g. --urls http://localhost:8080");
        }
        Args.require(token, "--token");
        return new JobsLoadOptions(List.copyOf(urls), token, clients, plans, lots, seconds, Duration.ofSeconds(timeout));
    }

    private static long range(String option, String value, long min, long max) {
        long n = Args.whole(value, option);
        if (n < min || n > max) {
            throw new UsageException(option + " must be between " + min + " and " + max + ": " + value);
        }
        return n;
    }

    private static URI url(String text) {
        try {
            URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new UsageException("--urls takes http(s) URLs such as http://localhost:8080: " + text);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--urls has something that is not a URL: " + text);
        }
    }
}
