package org.prossima.data.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tutors who follow placed people. */
@Repository
public class TutorRepository {

    private static final String IN_SCOPE = " where (cast(:consortium as text) is null or consortium_code = :consortium)";

    private final JdbcClient jdbc;

    public TutorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TutorRow t) {
        jdbc.sql("insert into placement_tutor (id, consortium_code, max_people) values (:id, :consortium, :max)")
                .param("id", t.id()).param("consortium", t.consortium()).param("max", t.maxPeople()).update();
    }

    public boolean update(TutorRow t) {
        return jdbc.sql("""
                update placement_tutor set consortium_code = :consortium, max_people = :max, updated_at = clock_timestamp()
                where id = :id
                """).param("id", t.id()).param("consortium", t.consortium()).param("max", t.maxPeople())
                .update() == 1;
    }

    public Optional<TutorRow> find(String id) {
        return jdbc.sql("select * from placement_tutor where id = :id").param("id", id)
                .query(TutorRepository::row).optional();
    }

    /** The tutor's row, locked until the end of the transaction (to count accepted people safely). */
    public Optional<TutorRow> lock(String id) {
        return jdbc.sql("select * from placement_tutor where id = :id for update").param("id", id)
                .query(TutorRepository::row).optional();
    }

    public List<TutorRow> page(String consortium, long offset, int limit) {
        return jdbc.sql("select * from placement_tutor" + IN_SCOPE + " order by created_at, id offset :offset limit :limit")
                .param("consortium", consortium).param("offset", offset).param("limit", limit)
                .query(TutorRepository::row).list();
    }

    public List<TutorRow> all() {
        return jdbc.sql("select * from placement_tutor order by id").query(TutorRepository::row).list();
    }

    public long count(String consortium) {
        return jdbc.sql("select count(*) from placement_tutor" + IN_SCOPE).param("consortium", consortium)
                .query(Long.class).single();
    }

    private static TutorRow row(ResultSet rs, int rowNum) throws SQLException {
        return new TutorRow(rs.getString("id"), rs.getString("consortium_code"), rs.getInt("max_people"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
