package org.prossima.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service behind an identity provider (PROSSIMA_OIDC_ISSUER): it accepts the provider's signed tokens only,
 * reads the role, consortium and organisation from their claims, and refuses tokens that are expired, for another
 * issuer, signed with another key or without a Prossima role. The provider's signing keys are served by this test
 * on localhost, from a key it makes: no network.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderTest {

    private static final String ISSUER = "https://idp.asl-to4.example/realms/prossima";
    private static final RSAKey KEY = newKey("provider");
    private static final RSAKey OTHER_KEY = newKey("someone-else");
    private static final HttpServer KEYS = keyServer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        Path dir = Path.of("target", "test-pgdata", "oidc-" + UUID.randomUUID());
        registry.add("prossima.embedded-db.data-dir", dir::toString);
        registry.add("prossima.security.secrets-dir", () -> dir.resolveSibling(dir.getFileName() + "-secrets").toString());
        registry.add("prossima.placement.demo-roster", () -> "false");
        registry.add("prossima.oidc.issuer", () -> ISSUER);
        registry.add("prossima.oidc.jwk-set-uri",
                () -> "http://localhost:" + KEYS.getAddress().getPort() + "/certs");
    }

    @AfterAll
    static void stopKeys() {
        KEYS.stop(0);
    }

    @Test
    void aCoordinatorsTokenSignsInWithTheConsortiumOfItsClaims() {
        JsonNode me = as(token(KEY, ISSUER, List.of("offline_access", "coordinator"), "CISS38", Instant.now()
                .plusSeconds(300))).get("/api/v1/me").json();
        assertThat(me.path("role").asString()).isEqualTo("COORDINATOR");
        assertThat(me.path("consortium").asString()).isEqualTo("CISS38");
        assertThat(me.path("username").asString()).isEqualTo("anna.rossi");
        assertThat(as(token(KEY, ISSUER, List.of("COORDINATOR"), "CISS38", Instant.now().plusSeconds(300)))
                .get("/api/v1/placement/candidates").status()).isEqualTo(200);
    }

    @Test
    void aTokenWithoutTheRoleGets403ForAnotherRolesEndpoint() {
        assertThat(as(token(KEY, ISSUER, List.of("BOARD"), null, Instant.now().plusSeconds(300)))
                .get("/api/v1/placement/candidates").status()).isEqualTo(403);
    }

    @Test
    void expiredForeignUnsignedOrRolelessTokensAreRefused() {
        Instant soon = Instant.now().plusSeconds(300);
        assertThat(as(token(KEY, ISSUER, List.of("BOARD"), null, Instant.now().minusSeconds(600)))
                .get("/api/v1/me").status()).as("expired").isEqualTo(401);
        assertThat(as(token(KEY, "https://elsewhere.example", List.of("BOARD"), null, soon))
                .get("/api/v1/me").status()).as("another issuer").isEqualTo(401);
        assertThat(as(token(OTHER_KEY, ISSUER, List.of("BOARD"), null, soon))
                .get("/api/v1/me").status()).as("signed with another key").isEqualTo(401);
        assertThat(as(token(KEY, ISSUER, List.of("uma_authorization"), null, soon))
                .get("/api/v1/me").status()).as("no Prossima role").isEqualTo(401);
        assertThat(as(token(KEY, ISSUER, List.of("COORDINATOR"), null, soon))
                .get("/api/v1/me").status()).as("a coordinator without consortium").isEqualTo(401);
    }

    @Test
    void noOneSignsInWithAPasswordOrAPersonalToken() {
        Response basic = new HttpTestClient(port).with("Authorization", "Basic YWRtaW46YWRtaW4=")
                .get("/api/v1/me");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(as(token(KEY, ISSUER, List.of("BOARD"), null, Instant.now().plusSeconds(300)))
                .post("/api/v1/me/tokens", "{\"name\": \"x\"}").status()).isEqualTo(409);
    }

    private HttpTestClient as(String jwt) {
        return new HttpTestClient(port).with("Authorization", "Bearer " + jwt);
    }

    private static String token(RSAKey key, String issuer, List<String> roles, String consortium, Instant expires) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject("u-" + UUID.randomUUID())
                .claim("preferred_username", "anna.rossi").claim("roles", roles)
                .issueTime(Date.from(Instant.now().minusSeconds(1200))).expirationTime(Date.from(expires));
        if (consortium != null) {
            claims.claim("consortium", consortium);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's public signing keys (only the test's own key, not the other one), as a JWK set. */
    private static HttpServer keyServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
