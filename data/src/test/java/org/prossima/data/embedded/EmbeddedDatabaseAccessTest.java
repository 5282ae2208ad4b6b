package org.prossima.data.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL lets in only who has its passwords, the service is not a superuser there, and a data
 * directory of an earlier version (trust for every local user, tables owned by the superuser) is closed the same way
 * at its next start.
 */
class EmbeddedDatabaseAccessTest {

    @TempDir
    Path temp;

    @Test
    void anEarlierVersionsOpenDataDirectoryIsClosedAtItsNextStart() throws Exception {
        Path dataDir = temp.resolve("pgdata");
        // An earlier version: zonky's defaults, trust for everyone, the service as the superuser.
        try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(false).start();
                Connection c = before.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table placement_candidate_person (candidate_id uuid primary key, full_name text)");
            s.execute("insert into placement_candidate_person values (gen_random_uuid(), 'Persona demo 1')");
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");

        EmbeddedPostgresAutoConfiguration configuration = new EmbeddedPostgresAutoConfiguration();
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(dataDir, 0);
        try (EmbeddedPostgres after = configuration.embeddedPostgres(properties)) {
            String url = "jdbc:postgresql://localhost:" + after.getPort() + "/postgres";
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");

            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).as("no password")
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "prossima", "guess")).as("a wrong password")
                    .isInstanceOf(SQLException.class);

            Path credentials = EmbeddedDatabaseAccess.credentialsFile(dataDir.toAbsolutePath().normalize());
            assertThat(Files.getPosixFilePermissions(credentials))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            String password = EmbeddedDatabaseAccess.credentials(dataDir.toAbsolutePath().normalize()).service();
            try (Connection c = DriverManager.getConnection(url, "prossima", password);
                    Statement s = c.createStatement()) {
                try (var rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
                    assertThat(rs.next() && !rs.getBoolean(1)).as("the service is not a superuser").isTrue();
                }
                try (var rs = s.executeQuery(
                        "select tableowner from pg_tables where tablename = 'placement_candidate_person'")) {
                    assertThat(rs.next() ? rs.getString(1) : null).isEqualTo("prossima");
                }
                try (var rs = s.executeQuery("select full_name from placement_candidate_person")) {
                    assertThat(rs.next() ? rs.getString(1) : null).as("nothing lost").isEqualTo("Persona demo 1");
                }
                assertThatThrownBy(() -> s.execute("copy (select 1) to program 'id'"))
                        .hasMessageContaining("permission denied");
            }
        }
    }
}
