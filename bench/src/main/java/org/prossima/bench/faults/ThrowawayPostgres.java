package org.prossima.bench.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of the bench's own, a separate process on its own data directory and port (the same binaries
 * the service embeds), standing for an operator's external database: the service connects to it by URL as a role
 * {@value #ROLE} that is not a superuser, owns its database and gives its password, as docs/operations.md advises.
 * Stopping it is a clean shutdown ({@code pg_ctl stop -m fast}), as for maintenance or a failover.
 */
final class ThrowawayPostgres implements ExternalDatabase {

    static final String ROLE = "prossima";

    private final Path dataDirectory;
    private final int port;
    private final String password;
    private EmbeddedPostgres server;

    private ThrowawayPostgres(Path dataDirectory, int port, String password) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.password = password;
    }

    /** A new server in {@code dataDirectory} (emptied first), with the service's role and database. */
    static ThrowawayPostgres create(Path dataDirectory) throws IOException {
        if (Files.exists(dataDirectory)) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(dataDirectory);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        ThrowawayPostgres database = new ThrowawayPostgres(dataDirectory, port, HexFormat.of().formatHex(secret));
        database.start();
        try (Connection connection = database.server.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + database.password + "'");
            sql.execute("CREATE DATABASE " + ROLE + " OWNER " + ROLE);
            database.checkPasswords();
            sql.execute("SELECT pg_reload_conf()");
        } catch (SQLException | IOException e) {
            database.close();
            throw new IOException("the bench's PostgreSQL could not be prepared: " + e.getMessage(), e);
        }
        return database;
    }

    /**
     * The binaries' {@code initdb} lets every local connection in unchecked ({@code trust}); the service's role must
     * give its password over TCP, as it would to an operator's server (lines placed first, so they match first).
     */
    private void checkPasswords() throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        String service = "host " + ROLE + " " + ROLE + " 127.0.0.1/32 scram-sha-256\n"
                + "host " + ROLE + " " + ROLE + " ::1/128 scram-sha-256\n";
        Files.writeString(hba, service + Files.readString(hba));
    }

    @Override
    public String url() {
        return "jdbc:postgresql://localhost:" + port + "/" + ROLE;
    }

    @Override
    public String user() {
        return ROLE;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public void start() throws IOException {
        if (server == null) {
            server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).start();
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
