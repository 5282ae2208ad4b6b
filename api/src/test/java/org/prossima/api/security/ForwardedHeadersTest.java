package org.prossima.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;

/**
 * Behind a TLS reverse proxy (docs/deployment.md): a request the proxy forwards as HTTPS gets HSTS and Secure cookies
 * (the session's, the sign-in page's CSRF token); the same request without the proxy's word gets neither.
 */
class ForwardedHeadersTest extends ServiceTest {

    @Test
    void aRequestForwardedAsHttpsGetsHstsAndASecureCookie() {
        Response viaProxy = client().with("X-Forwarded-Proto", "https").with("X-Forwarded-For", "203.0.113.9")
                .get("/login");
        assertThat(viaProxy.status()).isEqualTo(200);
        assertThat(viaProxy.header("Strict-Transport-Security")).contains("max-age=");
        assertThat(viaProxy.headers().allValues("Set-Cookie")).as("the sign-in page's CSRF cookie").isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));

        Response direct = client().get("/login");
        assertThat(direct.status()).isEqualTo(200);
        assertThat(direct.header("Strict-Transport-Security")).isNull();
        assertThat(direct.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
                .doesNotContain("Secure"));
    }
}
