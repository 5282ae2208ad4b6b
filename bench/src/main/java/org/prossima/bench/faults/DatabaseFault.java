package org.prossima.bench.faults;

import java.io.IOException;

/** How the bench takes the service's database away, and gives it back when the service does not do it itself. */
interface DatabaseFault {

    /** What happens, in words for the output, e.g. "embedded PostgreSQL killed". */
    String name();

    /** Takes the database away, with requests in flight. */
    void cut() throws IOException, InterruptedException;

    /** True when the service brings the database back itself (its embedded PostgreSQL, started again). */
    boolean restoresItself();

    /** Gives the database back after the outage (not called when {@link #restoresItself()}). */
    void restore() throws IOException, InterruptedException;

    /** The embedded PostgreSQL's postmaster killed ({@code kill -9}); the service starts it again itself. */
    static DatabaseFault embeddedKilled(ServiceProcess service) {
        return new DatabaseFault() {
            @Override
            public String name() {
                return "embedded-killed";
            }

            @Override
            public void cut() throws IOException {
                service.postmaster().destroyForcibly();
            }

            @Override
            public boolean restoresItself() {
                return true;
            }

            @Override
            public void restore() {
                throw new IllegalStateException("the service starts its embedded PostgreSQL again itself");
            }
        };
    }

    /** An external PostgreSQL stopped, and started again after the outage. */
    static DatabaseFault externalStopped(ExternalDatabase database) {
        return new DatabaseFault() {
            @Override
            public String name() {
                return "external-stopped";
            }

            @Override
            public void cut() throws IOException, InterruptedException {
                database.stop();
            }

            @Override
            public boolean restoresItself() {
                return false;
            }

            @Override
            public void restore() throws IOException, InterruptedException {
                database.start();
            }
        };
    }
}
