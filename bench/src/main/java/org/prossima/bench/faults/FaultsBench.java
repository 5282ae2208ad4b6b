package org.prossima.bench.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.prossima.bench.catalogue.Latencies;

/**
 * The service under faults, measured from outside: it starts the jar, on its embedded PostgreSQL or on an external
 * one, sends oversized CSV uploads at once while it watches the service's memory and health ({@link UploadCase}),
 * then takes the database away with a plan solving and requests in flight ({@link OutageCase}): the embedded
 * PostgreSQL killed, or the external one stopped and started again. It prints what was answered, how fast, when
 * readiness went DOWN and UP again, and whether any plan was lost.
 */
public final class FaultsBench {

    private final FaultsOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final List<String> missed = Collections.synchronizedList(new ArrayList<>());

    public FaultsBench(FaultsOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Runs the cases; true when every target held (stdout says which did not). */
    public boolean run() throws IOException, InterruptedException {
        Path workdir = options.workdir() != null ? options.workdir() : Files.createTempDirectory("prossima-faults");
        Files.createDirectories(workdir);
        try (ExternalDatabase database = external(workdir)) {
            List<String> arguments = database == null ? List.of() : database.serviceArguments();
            err.println("faults: starting " + options.jar() + " in " + workdir + " on "
                    + (database == null ? "its embedded PostgreSQL" : "the external PostgreSQL " + database.url()));
            try (ServiceProcess service = ServiceProcess.start(options.jar(), workdir, arguments)) {
                if (options.cases().contains("uploads")) {
                    new UploadCase(options, out, missed::add).run(service);
                }
                if (options.cases().contains("outage")) {
                    new OutageCase(options, out, missed::add).run(service, database == null
                            ? DatabaseFault.embeddedKilled(service) : DatabaseFault.externalStopped(database));
                }
            }
        }
        missed.forEach(m -> out.println("target missed: " + m));
        return missed.isEmpty();
    }

    /** The external database of this run: the operator's, the bench's own, or none (the service's embedded one). */
    private ExternalDatabase external(Path workdir) throws IOException {
        if (options.external() != null) {
            return options.external();
        }
        if (options.database().equals("external")) {
            err.println("faults: starting a PostgreSQL of the bench's own in " + workdir.resolve("external-pgdata"));
            return ThrowawayPostgres.create(workdir.resolve("external-pgdata"));
        }
        return null;
    }

    /** Latencies are appended by several threads here. */
    static void record(Latencies latencies, long nanos) {
        synchronized (latencies) {
            latencies.add(nanos);
        }
    }
}
