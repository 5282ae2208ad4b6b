package org.prossima.bench.faults;

import java.io.IOException;
import java.util.List;

/** An external PostgreSQL the service is pointed at, which the bench can stop and start again. */
interface ExternalDatabase extends AutoCloseable {

    /** The JDBC URL, user and password the service connects with. */
    String url();

    String user();

    String password();

    /** Stops the server (it refuses connections until {@link #start()}); the data stays. */
    void stop() throws IOException, InterruptedException;

    /** Starts the server again on the same data and address. */
    void start() throws IOException, InterruptedException;

    @Override
    void close() throws IOException, InterruptedException;

    /** The service's command-line settings that point it at this database (the embedded server then does not start). */
    default List<String> serviceArguments() {
        return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                // the demo users and data the embedded database gets by default, so both runs do the same
                "--prossima.security.demo-users=true", "--prossima.placement.demo-roster=true");
    }
}
