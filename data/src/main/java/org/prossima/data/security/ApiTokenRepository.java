package org.prossima.data.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens, kept as their SHA-256: a token is random enough that a fast hash protects it. */
@Repository
public class ApiTokenRepository {

    private final JdbcClient jdbc;

    public ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID create(UUID userId, String name, byte[] sha256, OffsetDateTime expiresAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_sha256, expires_at)
                values (:id, :user, :name, :hash, :expires)
                """).param("id", id).param("user", userId).param("name", name).param("hash", sha256)
                .param("expires", expiresAt).update();
        return id;
    }

    /** The enabled, unlocked user a token (by its hash) belongs to, if it is known and not expired. */
    public Optional<AppUser> userOf(byte[] sha256) {
        Optional<AppUser> user = jdbc.sql("""
                select u.id, u.username, u.display_name, u.role, u.consortium_code, u.organisation, u.enabled,
                    u.failed_logins, u.locked_until, u.created_at
                from api_token t join app_user u on u.id = t.user_id
                where t.token_sha256 = :hash and u.enabled and (t.expires_at is null or t.expires_at > now())
                """).param("hash", sha256).query(AppUser.class).optional();
        user.ifPresent(u -> jdbc.sql("""
                update api_token set last_used_at = now()
                where token_sha256 = :hash and (last_used_at is null or last_used_at < now() - interval '1 minute')
                """).param("hash", sha256).update());
        return user;
    }

    public List<ApiToken> ofUser(UUID userId) {
        return jdbc.sql("""
                select id, user_id, name, created_at, expires_at, last_used_at from api_token
                where user_id = :user order by created_at
                """).param("user", userId).query(ApiToken.class).list();
    }

    public boolean delete(UUID userId, UUID tokenId) {
        return jdbc.sql("delete from api_token where id = :id and user_id = :user").param("id", tokenId)
                .param("user", userId).update() == 1;
    }
}
