package org.prossima.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input gets a small problem+json 400 that names the field, repeats at most 80 characters of the value and
 * nothing of the service's insides: long values, wrong types, unknown enum values, malformed JSON, NUL bytes, invalid
 * UTF-8 and lone surrogates, in bodies and in query strings, and the server's own rejections of an address.
 */
class HostileInputTest extends ServiceTest {

    private static final String HOSTS = "/api/v1/placement/hosts";

    @Test
    void aLongValueIsCutTo80CharactersAndItsEnumAnswerListsTheAcceptedValues() {
        Response response = coordinator("CISA").post(HOSTS, "{\"consortium\": \"CISA\", \"name\": \"Coop\", "
                + "\"kind\": \"GUIDANCE" + ErrorBodies.filler(1_500_000) + "\"}");
        JsonNode problem = invalid(response, "kind");
        assertThat(problem.path("detail").asString()).isEqualTo("not one of the accepted values");
        assertThat(problem.path("hint").asString()).startsWith("use one of [").contains("COOPERATIVE_JOB");
        String value = problem.path("value").asString();
        assertThat(value.codePointCount(0, value.length())).isEqualTo(Echoed.MAX_CHARACTERS);
        assertThat(value).startsWith("GUIDANCEXXX").endsWith("…");
        assertThat(response.body().length()).as("the answer to a 1.5 MB value").isLessThan(1_500);

        Response tooLong = coordinator("CISA").post(HOSTS, "{\"consortium\": \"CISA\", \"kind\": \"COOPERATIVE_JOB\", "
                + "\"name\": \"" + ErrorBodies.filler(1_000_000) + "\"}");
        assertThat(invalid(tooLong, "name").path("value").asString()).hasSize(80).endsWith("…");
    }

    @Test
    void jacksonsErrorsAreSaidInTheRequestsTermsWithoutJavaNames() {
        HttpTestClient coordinator = coordinator("CISA");
        JsonNode number = invalid(coordinator.post("/api/v1/placement/tutors",
                "{\"id\": \"TUT-X\", \"consortium\": \"CISA\", \"maxPeople\": \"lots\"}"), "maxPeople");
        assertThat(number.path("detail").asString()).isEqualTo("not a whole number");
        assertThat(number.path("hint").asString()).isEqualTo("use a whole number, e.g. 40");

        JsonNode malformed = invalid(coordinator.post(HOSTS, "{\"consortium\": \"CISA\",\n \"name\": }"), "name");
        assertThat(malformed.path("detail").asString()).isEqualTo("malformed JSON at line 2, column 10");

        JsonNode wrongShape = invalid(coordinator.post(HOSTS, "[1, 2]"), "(body)");
        assertThat(wrongShape.path("detail").asString()).startsWith("not of the expected form");
        JsonNode unknown = invalid(coordinator.post(HOSTS, "{\"" + ErrorBodies.filler(5_000) + "\": 1}"),
                ErrorBodies.filler(79) + "…");
        assertThat(unknown.path("hint").asString()).contains("consortium");
    }

    @Test
    void nulAndLoneSurrogatesInJsonStringsAre400NamingTheField() {
        HttpTestClient coordinator = coordinator("CISA");
        JsonNode nul = invalid(coordinator.post(HOSTS, "{\"consortium\": \"CISA\", \"kind\": \"COOPERATIVE_JOB\", "
                + "\"name\": \"Coop\\u0000\"}"), "name");
        assertThat(nul.path("detail").asString()).isEqualTo("contains a NUL character (\\u0000)");
        assertThat(nul.path("value").isNull()).isTrue();
        JsonNode surrogate = invalid(coordinator.post(HOSTS, "{\"consortium\": \"CISA\", \"kind\": "
                + "\"COOPERATIVE_JOB\", \"name\": \"Coop\\uD800\"}"), "name");
        assertThat(surrogate.path("detail").asString()).startsWith("contains a lone surrogate");
        JsonNode inList = invalid(coordinator.post("/api/v1/placement/candidates", "{\"consortium\": \"CISA\", "
                + "\"skills\": [\"ok\", \"bad\\u0000\"]}"), "skills[1]");
        assertThat(inList.path("detail").asString()).startsWith("contains a NUL");

        byte[] invalidUtf8 = "{\"consortium\": \"CISA\", \"name\": \"Coop\u00ff(\"}".getBytes(StandardCharsets.ISO_8859_1);
        Response bytes = coordinator.send(coordinator.request(HOSTS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8)));
        JsonNode utf8 = invalid(bytes, "name");
        assertThat(utf8.path("detail").asString()).startsWith("malformed JSON at line 1");
    }

    @Test
    void nulInvalidUtf8AndLoneSurrogatesInAFieldsNameAre400NamingIt() {
        HttpTestClient coordinator = coordinator("CISA");
        Response nulName = coordinator.post(HOSTS, "{\"consortium\": \"CISA\", \"na\\u0000me\": \"Coop\"}");
        JsonNode nul = invalid(nulName, "na\\u0000me");
        assertThat(nul.path("detail").asString()).isEqualTo("the field's name contains a NUL character (\\u0000)");
        assertThat(nul.path("value").isNull()).isTrue();
        assertThat(nul.path("hint").asString()).isEqualTo(UnsafeText.HINT);
        assertThat(nulName.body()).as("the NUL itself is not sent back, only its escape written out")
                .doesNotContainPattern("(?<!\\\\)\\\\u0000");

        // Half a surrogate pair or bytes that are not UTF-8 make the name unreadable: the object holding it is named,
        // never the field read before it.
        JsonNode surrogate = invalid(coordinator.post(HOSTS, "{\"consortium\": \"CISA\", \"name\\uDC00\": \"Coop\"}"),
                "(body)");
        assertThat(surrogate.path("detail").asString()).startsWith("a field's name contains a lone surrogate (half of "
                + "a UTF-16 character pair) at line 1, column ");
        byte[] invalidUtf8 = "{\"consortium\": \"CISA\", \"na\u00ff(me\": \"Coop\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        JsonNode utf8 = invalid(coordinator.send(coordinator.request(HOSTS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8))), "(body)");
        assertThat(utf8.path("detail").asString()).startsWith("a field's name is not valid UTF-8 at line 1, column ");
        assertThat(utf8.path("hint").asString()).isEqualTo(UnsafeText.HINT);

        HttpTestClient dispatcher = client("dispatcher");
        JsonNode nested = invalid(dispatcher.post("/api/v1/food-recovery/plans",
                "{\"depots\": [{\"i\\u0000d\": \"D1\"}]}"), "depots[0].i\\u0000d");
        assertThat(nested.path("detail").asString()).startsWith("the field's name contains a NUL");
        JsonNode nestedSurrogate = invalid(dispatcher.post("/api/v1/food-recovery/plans",
                "{\"depots\": [{\"id\": \"D1\"}, {\"i\\uD800d\": \"D2\"}]}"), "depots[1]");
        assertThat(nestedSurrogate.path("detail").asString()).startsWith("a field's name contains a lone surrogate");
    }

    @Test
    void badBytesInAQueryStringAre400NamingTheParameter() {
        HttpTestClient admin = client("admin");
        assertThat(invalid(admin.get("/api/v1/admin/audit?candidate=%00"), "candidate").path("detail").asString())
                .isEqualTo("query parameter 'candidate' contains a NUL character (\\u0000)");
        assertThat(invalid(client().get("/api/v1/catalogue/offerings?q=%C3%28"), "q").path("detail").asString())
                .isEqualTo("query parameter 'q' is not valid UTF-8");
        assertThat(invalid(client().get("/api/v1/catalogue/offerings?q=%ED%A0%80"), "q").path("detail").asString())
                .as("a surrogate encoded as UTF-8 is not UTF-8").isEqualTo("query parameter 'q' is not valid UTF-8");
        RawHttp.Answer malformed = RawHttp.send(port, "GET /api/v1/catalogue/offerings?q=50%ZZ HTTP/1.1");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().path("detail").asString())
                .isEqualTo("query parameter 'q' has a malformed %-encoding");
        assertThat(client().get("/api/v1/catalogue/offerings?q=caff%C3%A8").status()).isEqualTo(200);
        JsonNode typed = invalid(admin.get("/api/v1/admin/users?page=" + ErrorBodies.filler(3_000)), "page");
        assertThat(typed.path("value").asString()).hasSize(80);
    }

    @Test
    void theServersOwnRejectionsAreProblemJsonToo() {
        String base = "/api/v1/catalogue/offerings";
        assertRejected(RawHttp.send(port, "GET " + base + "?q=" + ErrorBodies.filler(10_000) + " HTTP/1.1"));
        assertRejected(RawHttp.send(port, "GET " + base + "/a%2Fb HTTP/1.1"));
        assertRejected(RawHttp.send(port, "GET " + base + "/a<b> HTTP/1.1"));
        assertRejected(RawHttp.send(port, "GET " + base + "/%G1 HTTP/1.1"));
        assertRejected(RawHttp.send(port, "GET " + base + "/%00 HTTP/1.1"));
        assertRejected(RawHttp.send(port, "GET " + base + "/%C3%28 HTTP/1.1"));
        assertRejected(RawHttp.send(port, "G(T " + base + " HTTP/1.1"));
        RawHttp.Answer tooLong = RawHttp.send(port, "GET " + base + "?q=" + ErrorBodies.filler(10_000) + " HTTP/1.1");
        assertThat(tooLong.json().path("hint").asString()).contains("under 8 KB");
    }

    @Test
    void theErrorPageIsOpenAndSaysNothing() {
        Response error = client().get("/error");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.contentType()).startsWith("application/problem+json");
        assertThat(error.json().path("type").asString()).endsWith("/not-found");
        ErrorBodies.assertLeakFree("/error", error.body());
    }

    @Test
    void answersWithPersonalDataAreNeverStored() {
        String[] paths = {"/api/v1/placement/candidates", "/api/v1/placement/plans", "/api/v1/admin/audit",
            "/api/v1/admin/users", "/api/v1/food-recovery/plans", "/api/v1/me"};
        for (String path : paths) {
            HttpTestClient caller = path.contains("/placement/") ? coordinator("CISA")
                    : path.contains("food-recovery") ? client("dispatcher") : client("admin");
            Response response = caller.get(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.header("Cache-Control")).as(path).contains("no-store");
        }
        Response routes = client("driver").get("/api/v1/food-recovery/my-routes");
        assertThat(routes.header("Cache-Control")).contains("no-store");
        Response notFound = coordinator("CISA").get("/api/v1/placement/candidates/" + java.util.UUID.randomUUID());
        assertThat(notFound.header("Cache-Control")).contains("no-store");
    }

    private static void assertRejected(RawHttp.Answer answer) {
        assertThat(answer.status()).as(answer.headers()).isBetween(400, 499);
        assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        ErrorBodies.assertLeakFree("server rejection", answer.body());
    }

    /** A 400 of type invalid-request naming the field, leak-free; its body. */
    static JsonNode invalid(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        ErrorBodies.assertLeakFree(field, response.body());
        JsonNode problem = response.json();
        assertThat(problem.path("field").asString()).as(response.body()).isEqualTo(field);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
        return problem;
    }
}
