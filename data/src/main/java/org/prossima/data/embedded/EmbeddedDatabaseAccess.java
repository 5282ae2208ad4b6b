package org.prossima.data.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL is the service's alone. Its first start (zonky's initdb) lets any local user in as the
 * superuser ({@code trust}); at every start this class closes that door:
 * <ul>
 * <li>passwords for the superuser and for the service's role, generated once and kept beside the data directory
 * ({@code <data-dir>.credentials}, readable by its owner only);</li>
 * <li>{@code pg_hba.conf} with password authentication (SCRAM) for every connection, and no {@code trust} line;</li>
 * <li>the service's role {@value #SERVICE_ROLE}: not a superuser, owner of the schema and of everything in it
 * (Flyway migrates as it; row-level security applies to it; {@code COPY ... TO PROGRAM} is refused to it).</li>
 * </ul>
 * A data directory of an earlier version (trust, tables owned by the superuser) is upgraded the same way.
 */
final class EmbeddedDatabaseAccess {

    static final String SERVICE_ROLE = "prossima";
    static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAccess.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HBA = """
            # Written by Prossima at every start: every connection, local or over TCP, needs a password.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            local   all       all                  scram-sha-256
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    /** The two passwords, as kept in the credentials file. */
    record Credentials(String superuser, String service) {
    }

    private EmbeddedDatabaseAccess() {
    }

    /** The credentials file of a data directory: beside it, since initdb wants the directory empty. */
    static Path credentialsFile(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + ".credentials");
    }

    /** The passwords kept for this data directory, made (and written, owner-only) the first time. */
    static Credentials credentials(Path dataDir) {
        Path file = credentialsFile(dataDir);
        try {
            if (Files.exists(file)) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file)) {
                    p.load(in);
                }
                return new Credentials(p.getProperty("superuser.password"), p.getProperty("service.password"));
            }
            Credentials made = new Credentials(randomPassword(), randomPassword());
            Properties p = new Properties();
            p.setProperty("superuser.password", made.superuser());
            p.setProperty("service.password", made.service());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp);
            }
            try (Writer out = Files.newBufferedWriter(tmp)) {
                p.store(out, "Passwords of the embedded PostgreSQL of " + dataDir.getFileName()
                        + " (superuser '" + SUPERUSER + "', service role '" + SERVICE_ROLE + "'). Keep private.");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the embedded database's passwords in " + file, e);
        }
    }

    /**
     * Closes the door of a started server: passwords set, the service's role made owner of the schema, password
     * authentication for every connection. Idempotent; run at every start.
     */
    static void lockDown(EmbeddedPostgres postgres, Path dataDir, Credentials credentials) {
        DataSource superuser = postgres.getDatabase(SUPERUSER, "postgres");
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            setPassword(c, SUPERUSER, credentials.superuser());
            boolean exists;
            try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + SERVICE_ROLE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                s.execute("create role " + SERVICE_ROLE + " login nosuperuser nocreaterole nocreatedb");
                log.info("Embedded PostgreSQL: role '{}' made for the service (not a superuser)", SERVICE_ROLE);
            }
            setPassword(c, SERVICE_ROLE, credentials.service());
            s.execute("grant connect, temporary, create on database postgres to " + SERVICE_ROLE);
            int moved = ownEverything(s);
            if (moved > 0) {
                log.info("Embedded PostgreSQL: {} tables, views, sequences and functions of an earlier version now "
                        + "belong to role '{}'", moved, SERVICE_ROLE);
            }
            writeHba(dataDir);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not secure the embedded PostgreSQL in " + dataDir + ": "
                    + e.getMessage(), e);
        }
    }

    private static void setPassword(Connection c, String role, String password) throws SQLException {
        // A role's password cannot be a bind parameter; it is made of letters and digits only (randomPassword).
        if (!password.chars().allMatch(Character::isLetterOrDigit)) {
            throw new IllegalStateException("the embedded database's password file holds an unexpected password");
        }
        try (PreparedStatement p = c.prepareStatement("alter role " + role + " password '" + password + "'")) {
            p.execute();
        }
    }

    /** Makes the service's role the owner of schema public and all in it; returns how many objects moved. */
    private static int ownEverything(Statement s) throws SQLException {
        s.execute("alter schema public owner to " + SERVICE_ROLE);
        String owned = "<> '" + SERVICE_ROLE + "'";
        int moved = 0;
        for (String query : new String[] {
                "select format('alter table public.%I owner to " + SERVICE_ROLE + "', tablename) from pg_tables"
                        + " where schemaname = 'public' and tableowner " + owned,
                "select format('alter view public.%I owner to " + SERVICE_ROLE + "', viewname) from pg_views"
                        + " where schemaname = 'public' and viewowner " + owned,
                "select format('alter sequence public.%I owner to " + SERVICE_ROLE + "', sequencename)"
                        + " from pg_sequences where schemaname = 'public' and sequenceowner " + owned,
                "select format('alter function %s owner to " + SERVICE_ROLE + "', p.oid::regprocedure)"
                        + " from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
                        + " where n.nspname = 'public' and pg_get_userbyid(p.proowner) " + owned}) {
            List<String> statements = new ArrayList<>();
            try (var rs = s.executeQuery(query)) {
                while (rs.next()) {
                    statements.add(rs.getString(1));
                }
            }
            for (String statement : statements) {
                try {
                    s.execute(statement);
                    moved++;
                } catch (SQLException e) {
                    // a sequence owned by a table moved with it already
                    if (!statement.startsWith("alter sequence")) {
                        throw e;
                    }
                }
            }
        }
        return moved;
    }

    private static void writeHba(Path dataDir) {
        Path hba = dataDir.resolve("pg_hba.conf");
        try {
            if (!Files.exists(hba) || !Files.readString(hba).equals(HBA)) {
                Files.writeString(hba, HBA);
                log.info("Embedded PostgreSQL: password authentication for every connection ({})", hba);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + hba, e);
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
