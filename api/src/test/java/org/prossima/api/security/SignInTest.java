package org.prossima.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Signing in with the embedded users: the demo users and their file, HTTP Basic, personal API tokens, the browser's
 * sign-in page with its session and CSRF protection, lock-out after repeated failures, and the answers of a door
 * that says no (401 and 403 as problem+json) — against the running service.
 */
class SignInTest extends ServiceTest {

    @Test
    void theDemoUsersAreOnePerRoleAndACoordinatorPerConsortiumInAFileOnlyTheirOwnerReads() throws Exception {
        List<String> users = Files.readAllLines(SECRETS_DIR.resolve("demo-users.txt")).stream()
                .filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        assertThat(users).contains("admin", "board", "dispatcher", "driver", "host", "coordinator.cisa")
                .hasSize(12);
        assertThat(Files.getPosixFilePermissions(SECRETS_DIR.resolve("demo-users.txt")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        JsonNode me = basic("coordinator.cisa").get("/api/v1/me").json();
        assertThat(me.path("role").asString()).isEqualTo("COORDINATOR");
        assertThat(me.path("consortium").asString()).isEqualTo("CISA");
    }

    @Test
    void thePublicGetsTheCatalogueAndHealthAndA401ProblemForEverythingElse() {
        assertThat(client().get("/api/v1/catalogue/offerings?size=1").status()).isEqualTo(200);
        Response health = client().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().has("components")).as("health details are for administrators").isFalse();
        assertThat(client("admin").get("/actuator/health").json().path("components").has("db")).isTrue();

        Response denied = client().get("/api/v1/placement/candidates");
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(denied.header("WWW-Authenticate")).contains("Basic").contains("Bearer");
        assertThat(denied.json().path("hint").asString()).contains("Bearer prs_");
    }

    @Test
    void aRoleWithoutTheRightGets403Problem() {
        Response response = client("dispatcher").get("/api/v1/placement/candidates");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("title").asString()).isEqualTo("Not allowed for this role");
    }

    @Test
    void anApiTokenWorksUntilItIsRevoked() {
        HttpTestClient board = basic("board");
        Response made = board.post("/api/v1/me/tokens", "{\"name\": \"report script\", \"days\": 7}");
        assertThat(made.status()).isEqualTo(201);
        String token = made.json().path("token").asString();
        assertThat(token).startsWith("prs_").hasSize(44);
        HttpTestClient script = client().with("Authorization", "Bearer " + token);
        assertThat(script.get("/api/v1/me").json().path("username").asString()).isEqualTo("board");
        JsonNode listed = script.get("/api/v1/me/tokens").json();
        assertThat(listed.toString()).contains("report script").doesNotContain(token);

        String id = made.json().path("id").asString();
        assertThat(script.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(client().with("Authorization", "Bearer prs_notAToken").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailedSignInsLockAUserOutUntilAnAdministratorGivesANewPassword() {
        HttpTestClient admin = client("admin");
        Response made = admin.post("/api/v1/admin/users", """
                {"username": "locked.out", "displayName": "Da bloccare", "role": "BOARD"}""");
        assertThat(made.status()).isEqualTo(201);
        String password = made.json().path("password").asString();
        String id = made.json().path("id").asString();
        HttpTestClient wrong = client().with("Authorization", basicHeader("locked.out", "wrong-password"));
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        }
        Response locked = client().with("Authorization", basicHeader("locked.out", password)).get("/api/v1/me");
        assertThat(locked.status()).as("the right password no longer opens").isEqualTo(401);
        assertThat(locked.json().path("title").asString()).contains("too many failed sign-ins");

        String fresh = admin.post("/api/v1/admin/users/" + id + "/password", "").json().path("password").asString();
        assertThat(client().with("Authorization", basicHeader("locked.out", fresh)).get("/api/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void aBrowserSignsInOnTheSignInPageAndItsWritesNeedTheCsrfToken() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form = "username=dispatcher&password=" + URLEncoder.encode(demoPassword("dispatcher"),
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.body()).contains("\"role\":\"FOOD_DISPATCHER\"");

        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"from the browser\"}"));
        assertThat(browser.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("a write without the CSRF token").isEqualTo(403);
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        assertThat(browser.send(post.header("X-XSRF-TOKEN", xsrf).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("the same write with it").isEqualTo(201);
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        Response response = client().get("/api/v1/catalogue/offerings?size=1");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("Access-Control-Allow-Origin")).as("no CORS by default").isNull();
    }
}
