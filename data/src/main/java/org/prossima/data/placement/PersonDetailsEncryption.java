package org.prossima.data.placement;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Migration V17: personal details encrypted at rest. Earlier versions kept a person's full name, fiscal code, phone,
 * e-mail and notes as plain text columns; from here they are one sealed value ({@link PersonCipher}) bound to the
 * candidate's id, and the plain columns are dropped once every row is sealed. A Spring bean, because it needs the
 * person keys (the service hands its Java migration beans to Flyway); it runs in the migration's transaction, as
 * the service (every consortium's rows), all of it or nothing.
 */
@Component
class PersonDetailsEncryption implements JavaMigration {

    private record Plain(UUID candidateId, String fullName, String fiscalCode, String phone, String email,
            String notes) {
    }

    private final PersonCipher cipher;

    PersonDetailsEncryption(PersonCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("17");
    }

    @Override
    public String getDescription() {
        return "person details encrypted";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        Connection connection = context.getConnection();
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        jdbc.sql("select set_config('prossima.consortia', '*', true)").query(String.class).single();
        jdbc.sql("alter table placement_candidate_person add column details bytea").update();
        List<Plain> rows = jdbc.sql("""
                select candidate_id, full_name, fiscal_code, phone, email, notes from placement_candidate_person
                """).query(Plain.class).list();
        for (Plain p : rows) {
            byte[] sealed = cipher.seal(p.candidateId(), new PersonDetails(p.fullName(), p.fiscalCode(), p.phone(),
                    p.email(), p.notes(), null));
            jdbc.sql("update placement_candidate_person set details = :details where candidate_id = :id")
                    .param("details", sealed).param("id", p.candidateId()).update();
        }
        jdbc.sql("""
                alter table placement_candidate_person alter column details set not null,
                    drop column full_name, drop column fiscal_code, drop column phone, drop column email,
                    drop column notes
                """).update();
        jdbc.sql("comment on column placement_candidate_person.details is 'the full name, fiscal code, phone, "
                + "e-mail and notes, encrypted with the person keys (AES-256-GCM) bound to the candidate id'").update();
    }
}
