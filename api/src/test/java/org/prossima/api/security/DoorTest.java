package org.prossima.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;

/** Bodies bounded before they are parsed, and the administrators' own endpoints: users' territory and audit. */
class DoorTest extends ServiceTest {

    @Test
    void aDeclaredHugeBodyIs413AtOnceWithoutBeingRead() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/placement/candidates/import HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: 126000000\r\n\r\nconsortium,istatCode\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The answer comes before any of the 126 MB is sent; the test reads it and hangs up.
            socket.setSoTimeout(5_000);
            StringBuilder answer = new StringBuilder();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            while (!answer.toString().endsWith("}")) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("at most 10485760 bytes");
        }
    }

    @Test
    void aStreamedBodyStopsAtTheLimitWith413() {
        byte[] big = ("{\"name\": \"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder post = client("board").request("/api/v1/me/tokens")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        Response response = client("board").send(post);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).hasSizeLessThan(1000);
    }

    @Test
    void thePublicsReadsMakeNoSessionAndNoCsrfCookieButKeepTheHeaders() {
        Response search = client().get("/api/v1/catalogue/offerings?q=lavoro&size=1");
        assertThat(search.status()).isEqualTo(200);
        assertThat(search.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(search.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(search.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(search.header("Cache-Control")).contains("no-store");
        // The short chain is for the public's GETs only: a write there, or any other path, still asks to sign in.
        assertThat(client().post("/api/v1/catalogue/offerings", "{}").status()).isEqualTo(401);
        assertThat(client().get("/api/v1/catalogue/offerings/x/y").status()).isEqualTo(401);
        assertThat(client().get("/api/v1/me").status()).isEqualTo(401);
        // A signed-in caller searches the same catalogue.
        assertThat(client("admin").get("/api/v1/catalogue/offerings?q=lavoro&size=1").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorSetsTheConsortiumOfAComuneOthersMayNot() {
        String body = "{\"consortium\": \"CISS38\"}";
        assertThat(coordinator("CISA").put("/api/v1/territory/comuni/001001/consortium", body).status())
                .isEqualTo(403);
        Response set = client("admin").put("/api/v1/territory/comuni/001001/consortium", body);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("consortiumCode").asString()).isEqualTo("CISS38");
        assertThat(client("admin").put("/api/v1/territory/comuni/999999/consortium", body).status()).isEqualTo(404);
        assertThat(client("admin").put("/api/v1/territory/comuni/001001/consortium", "{\"consortium\": \"NOPE\"}")
                .json().path("field").asString()).isEqualTo("consortium");
    }

    @Test
    void theAuditIsForAdministratorsOnly() {
        assertThat(client("board").get("/api/v1/admin/audit").status()).isEqualTo(403);
        Response audit = client("admin").get("/api/v1/admin/audit?candidate=00000000-0000-0000-0000-000000000001");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().path("total").asLong()).isZero();
        assertThat(client("admin").get("/api/v1/admin/audit?from=yesterday").json().path("field").asString())
                .isEqualTo("from");
    }
}
