package org.prossima.data.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.prossima.data.security.PersonKeys;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Personal details at rest: never plain text in the database, plain text of earlier versions encrypted by V17, and a
 * rotation of the key that re-encrypts every person's details. A database and secrets of its own (a rotation changes
 * the keys every context sharing them would use).
 */
@SpringBootTest
class PersonDetailsEncryptionTest {

    private static final String RUN = UUID.randomUUID().toString();
    private static final Path DATA_DIR = Path.of("target", "test-pgdata", "persons-" + RUN);
    private static final Path SECRETS_DIR = Path.of("target", "test-secrets", "persons-" + RUN);
    private static final String NAME = "Giovanna Cifrata Riservata";
    private static final String FISCAL_CODE = "CFRGNN80A41L219X";

    @DynamicPropertySource
    static void ownDatabaseAndKeys(DynamicPropertyRegistry registry) {
        registry.add("prossima.embedded-db.data-dir", DATA_DIR::toString);
        registry.add("prossima.security.secrets-dir", SECRETS_DIR::toString);
        registry.add("prossima.placement.demo-roster", () -> "false");
    }

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    PersonRepository persons;
    @Autowired
    PersonCipher cipher;
    @Autowired
    PersonKeyRotation rotation;
    @Autowired
    PersonDetailsEncryption v17;

    @Test
    void theStoredColumnHoldsNoPlainText() {
        UUID id = candidate();
        Actor service = Actor.service("the test");
        persons.write(service, id, details(), null);

        JdbcClient superuser = JdbcClient.create(postgres.getDatabase("postgres", "postgres"));
        byte[] raw = superuser.sql("select details from placement_candidate_person where candidate_id = :id")
                .param("id", id).query(byte[].class).single();
        assertPlainTextAbsent(raw);
        assertThat(superuser.sql("""
                select column_name from information_schema.columns
                where table_name = 'placement_candidate_person' order by column_name
                """).query(String.class).list()).containsExactly("candidate_id", "details", "updated_at");
        assertThat(persons.read(service, id)).get().satisfies(p -> {
            assertThat(p.fullName()).isEqualTo(NAME);
            assertThat(p.fiscalCode()).isEqualTo(FISCAL_CODE);
        });
        assertThat(superuser.sql("select count(*) from person_audit where subject = :subject and action = "
                + "'READ_PERSON'").param("subject", pseudonymOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDetailsOfEarlierVersionsAreEncryptedByV17() {
        String database = "v17_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient.create(postgres.getDatabase("postgres", "postgres")).sql("create database " + database).update();
        var dataSource = postgres.getDatabase("postgres", database);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).target("15").load().migrate();
        jdbc.sql("insert into consortium (code, name, seat_istat_code) values ('CISA', 'CISA', '001082')").update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into placement_candidate (id, consortium_code, lat, lon, mobility, max_commute_minutes,
                    weekly_hours, days, earliest_start, programme, priority, months_waiting)
                values (:id, 'CISA', 45.3, 7.9, 'OWN_CAR', 30, 10, '{MONDAY}', '2027-01-04', 'NONE', 3, 0)
                """).param("id", id).update();
        jdbc.sql("""
                insert into placement_candidate_person (candidate_id, full_name, fiscal_code, phone, email, notes)
                values (:id, :name, :code, '+39 011 555 0101', 'giovanna@example.org', 'note di prova')
                """).param("id", id).param("name", NAME).param("code", FISCAL_CODE).update();

        Flyway.configure().dataSource(dataSource).javaMigrations(v17).load().migrate();

        byte[] raw = jdbc.sql("select details from placement_candidate_person where candidate_id = :id")
                .param("id", id).query(byte[].class).single();
        assertPlainTextAbsent(raw);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("giovanna@example");
        PersonDetails opened = cipher.open(id, raw, null);
        assertThat(opened.fullName()).isEqualTo(NAME);
        assertThat(opened.fiscalCode()).isEqualTo(FISCAL_CODE);
        assertThat(opened.email()).isEqualTo("giovanna@example.org");
        assertThat(opened.notes()).isEqualTo("note di prova");
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = "
                + "'placement_candidate_person' and column_name in ('full_name', 'fiscal_code', 'notes')")
                .query(Long.class).single()).as("no plain column left").isZero();
    }

    @Test
    void aRotationReEncryptsEveryPersonsDetailsWithTheNewKey() {
        Actor service = Actor.service("the test");
        UUID before = candidate();
        persons.write(service, before, details(), null);
        byte[] oldPrefix = cipher.currentKeyPrefix();
        String label = "test-" + UUID.randomUUID();

        assertThat(rotation.rotate(label)).isTrue();
        assertThat(rotation.rotate(label)).as("a label is rotated once, whatever the starts").isFalse();
        assertThat(cipher.currentKeyPrefix()).isNotEqualTo(oldPrefix);
        assertThat(rotation.resealOlder()).isGreaterThanOrEqualTo(1);
        assertThat(rotation.resealOlder()).as("nothing left on an older key").isZero();

        JdbcClient superuser = JdbcClient.create(postgres.getDatabase("postgres", "postgres"));
        byte[] raw = superuser.sql("select details from placement_candidate_person where candidate_id = :id")
                .param("id", before).query(byte[].class).single();
        assertThat(cipher.sealedWithCurrentKey(raw)).isTrue();
        assertPlainTextAbsent(raw);
        assertThat(persons.read(service, before)).get().extracting(PersonDetails::fullName).isEqualTo(NAME);
        PersonKeys reopened = PersonKeys.open(SECRETS_DIR.toAbsolutePath(), false);
        assertThat(reopened.decrypt(raw, before.toString())).as("the key file holds the new key").contains(NAME);
    }

    private UUID candidate() {
        UUID id = UUID.randomUUID();
        candidates.insert(new CandidateRow(id, "CISA", null, 45.3, 7.9, List.of(), List.of(), Mobility.OWN_CAR, 30,
                10, EnumSet.of(DayOfWeek.MONDAY), LocalDate.of(2027, 1, 4), Programme.NONE, 3, 0, List.of(),
                List.of(), List.of(), null, List.of(), null, null));
        return id;
    }

    private static PersonDetails details() {
        return new PersonDetails(NAME, FISCAL_CODE, "+39 011 555 0101", "giovanna@example.org", "note", null);
    }

    private String pseudonymOf(UUID id) {
        return PersonKeys.open(SECRETS_DIR.toAbsolutePath(), false).pseudonym(id.toString());
    }

    private static void assertPlainTextAbsent(byte[] raw) {
        String asText = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain(NAME).doesNotContain("Giovanna").doesNotContain(FISCAL_CODE);
        assertThat(HexFormat.of().formatHex(raw)).doesNotContain(HexFormat.of()
                .formatHex("Giovanna".getBytes(StandardCharsets.UTF_8)));
    }
}
