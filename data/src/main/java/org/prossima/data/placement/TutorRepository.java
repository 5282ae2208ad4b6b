package org.prossima.data.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tutors who follow placed people: ids and capacities, read by anyone signed in (an opportunity names its tutor),
 * changed by their consortium.
 */
@Repository
public class TutorRepository {

    private static final String IN_SCOPE = " where " + ScopeSql.signedIn()
            + " and (cast(:consortium as text) is null or consortium_code = :consortium)";

    private final JdbcClient jdbc;

    public TutorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TutorRow t) {
        jdbc.sql("insert into placement_tutor (id, consortium_code, max_people) values (:id, :consortium, :max)")
                .param("id", t.id()).param("consortium", t.consortium()).param("max", t.maxPeople()).update();
    }

    /** Replaces a tutor of the scope's consortium; false when it has none with this id. */
    public boolean update(AccessScope scope, TutorRow t) {
        return ScopeSql.bind(jdbc.sql("""
                update placement_tutor set consortium_code = :consortium, max_people = :max, updated_at = clock_timestamp()
                where id = :id and """ + ScopeSql.consortium("consortium_code")).param("id", t.id())
                .param("consortium", t.consortium()).param("max", t.maxPeople()), scope).update() == 1;
    }

    /** The tutor with this id, if the scope reads it. */
    public Optional<TutorRow> find(AccessScope scope, String id) {
        return ScopeSql.bind(jdbc.sql("select * from placement_tutor where id = :id and " + ScopeSql.signedIn())
                .param("id", id), scope).query(TutorRepository::row).optional();
    }

    /**
     * The tutor's row, locked until the end of the transaction (to count accepted people safely), whoever's it is:
     * the lock is taken as the service, as for opportunities; empty when the scope reads no such tutor.
     */
    public Optional<TutorRow> lock(AccessScope scope, String id) {
        boolean exists = jdbc.sql("select prossima_lock_tutor(:id)").param("id", id).query(Boolean.class).single();
        return exists ? find(scope, id) : Optional.empty();
    }

    /** The tutors the scope reads (of {@code consortium} only, when not null), oldest first. */
    public List<TutorRow> page(AccessScope scope, String consortium, long offset, int limit) {
        return ScopeSql.bind(jdbc.sql("select * from placement_tutor" + IN_SCOPE
                        + " order by created_at, id offset :offset limit :limit")
                .param("consortium", consortium).param("offset", offset).param("limit", limit), scope)
                .query(TutorRepository::row).list();
    }

    /** Every tutor the scope reads, by id. */
    public List<TutorRow> all(AccessScope scope) {
        return ScopeSql.bind(jdbc.sql("select * from placement_tutor where " + ScopeSql.signedIn() + " order by id"),
                scope).query(TutorRepository::row).list();
    }

    public long count(AccessScope scope, String consortium) {
        return ScopeSql.bind(jdbc.sql("select count(*) from placement_tutor" + IN_SCOPE)
                .param("consortium", consortium), scope).query(Long.class).single();
    }

    private static TutorRow row(ResultSet rs, int rowNum) throws SQLException {
        return new TutorRow(rs.getString("id"), rs.getString("consortium_code"), rs.getInt("max_people"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
