package org.prossima.data.placement;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Candidates' personal details, in their own table. Nothing here is ever logged, and no other
 * repository reads this table.
 */
@Repository
public class PersonRepository {

    private final JdbcClient jdbc;

    public PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonDetails> find(UUID candidateId) {
        return jdbc.sql("""
                select full_name, fiscal_code, phone, email, notes, updated_at
                from placement_candidate_person where candidate_id = :id
                """).param("id", candidateId).query((rs, n) -> new PersonDetails(rs.getString("full_name"),
                rs.getString("fiscal_code"), rs.getString("phone"), rs.getString("email"), rs.getString("notes"),
                rs.getObject("updated_at", OffsetDateTime.class))).optional();
    }

    /** Writes a candidate's personal details, replacing any stored before. The candidate must exist. */
    public void put(UUID candidateId, PersonDetails person) {
        jdbc.sql("""
                insert into placement_candidate_person (candidate_id, full_name, fiscal_code, phone, email, notes)
                values (:id, :fullName, :fiscalCode, :phone, :email, :notes)
                on conflict (candidate_id) do update set full_name = excluded.full_name,
                    fiscal_code = excluded.fiscal_code, phone = excluded.phone, email = excluded.email,
                    notes = excluded.notes, updated_at = now()
                """).param("id", candidateId).param("fullName", person.fullName())
                .param("fiscalCode", person.fiscalCode()).param("phone", person.phone())
                .param("email", person.email()).param("notes", person.notes()).update();
    }

    /** Erases a candidate's personal details; false when none were stored. */
    public boolean delete(UUID candidateId) {
        return jdbc.sql("delete from placement_candidate_person where candidate_id = :id")
                .param("id", candidateId).update() == 1;
    }
}
