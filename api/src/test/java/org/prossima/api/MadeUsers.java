package org.prossima.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.prossima.api.HttpTestClient.Response;

/**
 * Users a test makes beyond the demo users, through the administrators' API as an operator would (e.g. a dispatcher
 * of another association, a cooperative's administrator), each signed in with the password the service
 * made for them, through a personal API token as a script would.
 */
public final class MadeUsers {

    private MadeUsers() {
    }

    /**
     * A new user of {@code role} working for {@code organisation} (null for none), signed in.
     *
     * @param admin     a client signed in as an administrator
     * @param anonymous the same service, not signed in
     */
    public static HttpTestClient make(HttpTestClient admin, HttpTestClient anonymous, String role,
            String organisation) {
        return signedIn(anonymous, create(admin, "t-" + UUID.randomUUID().toString().substring(0, 8), role,
                organisation));
    }

    /** A new user with this username (lower case), signed in. */
    public static HttpTestClient make(HttpTestClient admin, HttpTestClient anonymous, String username, String role,
            String organisation) {
        return signedIn(anonymous, create(admin, username, role, organisation));
    }

    private static String[] create(HttpTestClient admin, String username, String role, String organisation) {
        String name = username.toLowerCase(Locale.ROOT);
        Response made = admin.post("/api/v1/admin/users", """
                {"username": "%s", "displayName": "Utente di prova", "role": "%s"%s}"""
                .formatted(name, role, organisation == null ? "" : ", \"organisation\": \"" + organisation + "\""));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return new String[] {name, made.json().path("password").asString()};
    }

    private static HttpTestClient signedIn(HttpTestClient anonymous, String[] user) {
        Response token = anonymous.with("Authorization", TestSignIn.basicHeader(user[0], user[1]))
                .post("/api/v1/me/tokens", "{\"name\": \"tests\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return anonymous.with("Authorization", "Bearer " + token.json().path("token").asString());
    }
}
