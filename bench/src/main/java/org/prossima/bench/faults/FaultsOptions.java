package org.prossima.bench.faults;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.prossima.bench.cli.Args;
import org.prossima.bench.cli.UsageException;

/**
 * Options of {@code faults}.
 *
 * @param jar          the service's jar, started as a child process
 * @param workdir      where the child runs (its .prossima/ is made there); a new temporary directory by default
 * @param database     {@code embedded} (the service's own PostgreSQL, killed) or {@code external} (a server stopped
 *                     and started again: the bench's own, or the one given by {@code external})
 * @param external     an operator's PostgreSQL with its stop and start commands; null: the bench starts its own
 * @param cases        which cases run: {@code uploads}, {@code outage}
 * @param uploads      concurrent oversized CSV uploads
 * @param uploadMb     megabytes each upload sends (or tries to)
 * @param csvLimitMb   the service's CSV body limit ({@code prossima.security.max-csv-body}), in MB
 * @param outage       seconds the database is away (embedded: seconds measured after the kill)
 * @param planSeconds  the solving time of the plan that is solving when the database goes away
 */
public record FaultsOptions(Path jar, Path workdir, String database, CommandPostgres external, Set<String> cases,
        int uploads, int uploadMb, int csvLimitMb, int outage, int planSeconds) {

    public static final String USAGE = """
            usage: java -jar prossima-bench.jar faults --jar api/target/prossima.jar [--workdir DIR]
                       [--database embedded|external] [--cases uploads,outage] [--uploads N] [--upload-mb MB]
                       [--csv-limit-mb MB] [--outage-seconds S] [--plan-seconds S]
                       [--db-url URL --db-user U --db-password P --db-stop CMD --db-start CMD]
              --jar             the service to start (in --workdir)
              --workdir         where it runs; default a new temporary directory
              --database        embedded (default): the service's own PostgreSQL, killed (kill -9) with requests in
                                flight; external: a PostgreSQL the service reaches by URL, stopped for
                                --outage-seconds and started again. The bench starts its own server for it (the
                                PostgreSQL binaries the service embeds, data in WORKDIR/external-pgdata) unless
                                --db-url is given
              --db-url, --db-user, --db-password
                                an external PostgreSQL of yours (implies --database external; its data is written)
              --db-stop, --db-start
                                shell commands that stop and start it (each must end with status 0 within a minute)
              --cases           which cases to run; default uploads,outage
              --uploads         concurrent oversized CSV uploads, sent with their length declared and then chunked;
                                default 6
              --upload-mb       megabytes each upload sends; default 126
              --csv-limit-mb    the service's CSV limit (prossima.security.max-csv-body); default 10
              --outage-seconds  seconds the database is away (embedded: seconds measured after the kill); default 20
              --plan-seconds    solving time of the plan solving when the database goes away; default 8
              Exit status: 0 every target held, 1 the service or its database could not be started, 2 bad arguments,
              6 a target did not hold (stdout says which).
            """;

    private static final Set<String> CASES = Set.of("uploads", "outage");

    public static FaultsOptions parse(List<String> args) {
        Path jar = null;
        Path workdir = null;
        String database = "embedded";
        String[] db = new String[5];
        Set<String> cases = CASES;
        int uploads = 6;
        int uploadMb = 126;
        int csvLimitMb = 10;
        int outage = 20;
        int planSeconds = 8;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String value = Args.value(args, ++i, option);
            switch (option) {
                case "--jar" -> jar = Args.existingFile(Path.of(value), "the service's jar");
                case "--workdir" -> workdir = Path.of(value);
                case "--database" -> database = oneOf(value, option, Set.of("embedded", "external"));
                case "--db-url" -> db[0] = value;
                case "--db-user" -> db[1] = value;
                case "--db-password" -> db[2] = value;
                case "--db-stop" -> db[3] = value;
                case "--db-start" -> db[4] = value;
                case "--cases" -> cases = cases(value);
                case "--uploads" -> uploads = (int) bounded(value, option, 1, 32);
                case "--upload-mb" -> uploadMb = (int) bounded(value, option, 1, 2048);
                case "--csv-limit-mb" -> csvLimitMb = (int) bounded(value, option, 1, 2048);
                case "--outage-seconds" -> outage = (int) bounded(value, option, 5, 600);
                case "--plan-seconds" -> planSeconds = (int) bounded(value, option, 1, 300);
                default -> throw new UsageException("unknown option: " + option);
            }
        }
        Args.require(jar, "--jar");
        CommandPostgres external = null;
        if (db[0] != null) {
            String[] names = {"--db-url", "--db-user", "--db-password", "--db-stop", "--db-start"};
            for (int i = 1; i < db.length; i++) {
                Args.require(db[i], names[i] + " (with --db-url)");
            }
            if (database.equals("embedded") && args.contains("--database")) {
                throw new UsageException("--db-url is an external database: not with --database embedded");
            }
            database = "external";
            external = new CommandPostgres(db[0], db[1], db[2], db[3], db[4]);
        } else if (db[1] != null || db[2] != null || db[3] != null || db[4] != null) {
            throw new UsageException("--db-user, --db-password, --db-stop and --db-start go with --db-url");
        }
        return new FaultsOptions(jar, workdir, database, external, cases, uploads, uploadMb, csvLimitMb, outage,
                planSeconds);
    }

    private static Set<String> cases(String value) {
        Set<String> cases = Set.copyOf(List.of(value.split(",")));
        if (!CASES.containsAll(cases)) {
            throw new UsageException("--cases: uploads, outage or both (uploads,outage): " + value);
        }
        return cases;
    }

    private static String oneOf(String value, String option, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new UsageException(option + " must be one of " + String.join(", ", allowed.stream().sorted()
                    .toList()) + ": " + value);
        }
        return value;
    }

    private static long bounded(String value, String option, long min, long max) {
        long n = Args.whole(value, option);
        if (n < min || n > max) {
            throw new UsageException(option + " must be between " + min + " and " + max);
        }
        return n;
    }
}
