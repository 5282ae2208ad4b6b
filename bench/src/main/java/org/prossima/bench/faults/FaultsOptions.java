package org.prossima.bench.faults;

import java.nio.file.Path;
import java.util.List;

import org.prossima.bench.cli.Args;
import org.prossima.bench.cli.UsageException;

/**
 * Options of {@code faults}.
 *
 * @param jar       the service's jar, started as a child process on its embedded database
 * @param workdir   where the child runs (its .prossima/ is made there); a new temporary directory by default
 * @param uploads   concurrent oversized CSV uploads
 * @param uploadMb  megabytes each upload sends (or tries to)
 * @param outage    seconds of requests measured after the embedded PostgreSQL is killed
 */
public record FaultsOptions(Path jar, Path workdir, int uploads, int uploadMb, int outage) {

    public static final String USAGE = """
            usage: java -jar prossima-bench.jar faults --jar api/target/prossima.jar [--workdir DIR] [--uploads N]
                       [--upload-mb MB] [--outage-seconds S]
              --jar             the service to start (on its embedded PostgreSQL, in --workdir)
              --workdir         where it runs; default a new temporary directory
              --uploads         concurrent oversized CSV uploads; default 6
              --upload-mb       megabytes each upload sends; default 126
              --outage-seconds  seconds of requests measured after the embedded PostgreSQL is killed; default 20
              Exit status: 0 every target held, 1 the service could not be started, 2 bad arguments,
              6 a target did not hold (stdout says which).
            """;

    public static FaultsOptions parse(List<String> args) {
        Path jar = null;
        Path workdir = null;
        int uploads = 6;
        int uploadMb = 126;
        int outage = 20;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String value = Args.value(args, ++i, option);
            switch (option) {
                case "--jar" -> jar = Args.existingFile(Path.of(value), "the service's jar");
                case "--workdir" -> workdir = Path.of(value);
                case "--uploads" -> uploads = (int) bounded(value, option, 1, 32);
                case "--upload-mb" -> uploadMb = (int) bounded(value, option, 1, 2048);
                case "--outage-seconds" -> outage = (int) bounded(value, option, 5, 600);
                default -> throw new UsageException("unknown option: " + option);
            }
        }
        Args.require(jar, "--jar");
        return new FaultsOptions(jar, workdir, uploads, uploadMb, outage);
    }

    private static long bounded(String value, String option, long min, long max) {
        long n = Args.whole(value, option);
        if (n < min || n > max) {
            throw new UsageException(option + " must be between " + min + " and " + max);
        }
        return n;
    }
}
