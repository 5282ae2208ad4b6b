package org.prossima.data.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The service's users and their sign-in state. */
@Repository
public class UserRepository {

    private static final String COLUMNS = """
            id, username, display_name, role, consortium_code, organisation, enabled, failed_logins, locked_until,
            created_at""";

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID create(NewUser user) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into app_user (id, username, display_name, role, consortium_code, organisation, password_hash)
                values (:id, :username, :displayName, :role, :consortium, :organisation, :hash)
                """).param("id", id).param("username", user.username()).param("displayName", user.displayName())
                .param("role", user.role().name()).param("consortium", user.consortiumCode())
                .param("organisation", user.organisation()).param("hash", user.passwordHash()).update();
        return id;
    }

    /** Replaces a user's name, role, consortium and organisation; the password only when a new hash is given. */
    public boolean update(UUID id, NewUser user, boolean enabled) {
        return jdbc.sql("""
                update app_user set username = :username, display_name = :displayName, role = :role,
                    consortium_code = :consortium, organisation = :organisation, enabled = :enabled,
                    password_hash = coalesce(:hash, password_hash), updated_at = now()
                where id = :id
                """).param("id", id).param("username", user.username()).param("displayName", user.displayName())
                .param("role", user.role().name()).param("consortium", user.consortiumCode())
                .param("organisation", user.organisation()).param("enabled", enabled)
                .param("hash", user.passwordHash()).update() == 1;
    }

    public Optional<AppUser> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id)
                .query(AppUser.class).optional();
    }

    public Optional<AppUser> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = :username")
                .param("username", username).query(AppUser.class).optional();
    }

    /** The password hash of an enabled user, for signing in; empty when there is none. */
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = :username and enabled")
                .param("username", username).query(String.class).optional();
    }

    public List<AppUser> page(long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from app_user order by username offset :offset limit :limit")
                .param("offset", offset).param("limit", limit).query(AppUser.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /**
     * Counts a failed sign-in; at {@code maxFailures} in a row the user is locked until {@code lockUntil}.
     * Unknown usernames change nothing (the caller answers the same way); false for them.
     */
    public boolean recordFailedLogin(String username, int maxFailures, OffsetDateTime lockUntil) {
        return jdbc.sql("""
                update app_user set failed_logins = failed_logins + 1,
                    locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
                where username = :username
                """).param("username", username).param("max", maxFailures).param("until", lockUntil)
                .update() == 1;
    }

    public void recordSuccessfulLogin(String username) {
        jdbc.sql("""
                update app_user set failed_logins = 0, locked_until = null
                where username = :username and (failed_logins <> 0 or locked_until is not null)
                """).param("username", username).update();
    }
}
