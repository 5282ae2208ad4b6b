package org.prossima.bench.faults;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * An operator's PostgreSQL, given by URL, stopped and started by shell commands of theirs (e.g. {@code systemctl stop
 * postgresql}, {@code docker stop db}). Each command must end within a minute with status 0.
 */
record CommandPostgres(String url, String user, String password, String stopCommand, String startCommand)
        implements ExternalDatabase {

    @Override
    public void stop() throws IOException, InterruptedException {
        run(stopCommand);
    }

    @Override
    public void start() throws IOException, InterruptedException {
        run(startCommand);
    }

    /** The server is the operator's: it is left as it is. */
    @Override
    public void close() {
    }

    private static void run(String command) throws IOException, InterruptedException {
        // its output goes to stderr, beside the bench's own messages; stdout is the bench's results
        Process process = new ProcessBuilder("sh", "-c", "exec 1>&2; " + command).inheritIO().start();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("the command did not end within a minute: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IOException("the command ended with status " + process.exitValue() + ": " + command);
        }
    }
}
