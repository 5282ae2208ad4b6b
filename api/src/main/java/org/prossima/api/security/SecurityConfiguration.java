package org.prossima.api.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.prossima.data.security.ApiTokenRepository;
import org.prossima.data.security.UserRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The service's door, in one place. Everything but the catalogue, health and the API description needs a
 * signed-in user; what each role may call is {@link AccessMatrix}. Two ways in:
 * <ul>
 * <li>embedded (the default): users in PostgreSQL sign in with a password, on the sign-in page (a session cookie,
 * CSRF-protected writes) or with HTTP Basic, or send a personal API token; repeated failures lock a user out;</li>
 * <li>an identity provider ({@code PROSSIMA_OIDC_ISSUER}): the service accepts only its signed tokens.</li>
 * </ul>
 * Errors are problem+json: 401 with {@code WWW-Authenticate}, 403 for a role without the right.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({SecurityProperties.class, OidcProperties.class})
class SecurityConfiguration {

    /** Pages of the service's screens may use only its own scripts, styles, images and API. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * No observation of each security filter and authorisation: those are spans for tracing, which the service does
     * not do, and they cost as much as a catalogue search. Request metrics (http.server.requests) stay.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, with the algorithm's name stored beside each hash so it can change later without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DatabaseUsers databaseUsers(UserRepository users, SecurityProperties properties) {
        return new DatabaseUsers(users, properties);
    }

    /** Bodies are bounded before anything else reads them, signed in or not. */
    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimits(SecurityProperties properties) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(
                properties.maxJsonBody().toBytes(), properties.maxCsvBody().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * The public's reads of the API (catalogue searches and offerings) pass a short chain of their own: they carry
     * no credentials that count and change nothing, so no session is looked up or made, no CSRF token minted and
     * no sign-in tried. A search is the service's busiest request; the full chain cost more CPU than the search.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicReads(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.securityMatcher(AccessMatrix::isPublicApiRead);
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        http.addFilterAfter(new ScopeFilter(), AuthorizationFilter.class);
        headersAndCors(http, properties);
        http.csrf(c -> c.disable());
        http.requestCache(c -> c.disable());
        http.securityContext(c -> c.disable());
        http.sessionManagement(s -> s.disable());
        http.anonymous(a -> a.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain filterChain(HttpSecurity http, OidcProperties oidc, SecurityProperties properties,
            ApiTokenRepository tokens) throws Exception {
        ProblemEntryPoint problems = new ProblemEntryPoint(oidc.enabled() ? "Bearer"
                : "Basic realm=\"Prossima\", Bearer");
        http.authorizeHttpRequests(SecurityConfiguration::matrix);
        // A browser asking for a screen without being signed in (a bookmark, a session that timed out) is sent to
        // the sign-in page and back to the screen after; scripts and the API get the 401 problem.
        http.exceptionHandling(e -> e
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        SecurityConfiguration::isScreenInABrowser)
                .defaultAuthenticationEntryPointFor(problems, AnyRequestMatcher.INSTANCE)
                .accessDeniedHandler(problems));
        headersAndCors(http, properties);
        http.addFilterAfter(new PlanCreationLimit(properties), AuthorizationFilter.class);
        http.addFilterAfter(new ScopeFilter(), PlanCreationLimit.class);
        if (oidc.enabled()) {
            // Bearer tokens only: no cookies, so no session and nothing for CSRF to protect.
            http.csrf(c -> c.disable());
            http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems)
                    .jwt(j -> j.decoder(jwtDecoder(oidc)).jwtAuthenticationConverter(new OidcCallers(oidc))));
        } else {
            http.addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class);
            http.httpBasic(b -> b.authenticationEntryPoint(problems));
            http.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
            http.logout(l -> l.logoutSuccessUrl("/login?logout").permitAll());
            // Writes from a signed-in browser carry the CSRF token (cookie XSRF-TOKEN, header X-XSRF-TOKEN or the
            // sign-in form's field). A request with no session cookie carries no ambient credentials a forged page
            // could use (scripts send Basic or a token, the public nothing): no CSRF applies to it, so an anonymous
            // write is asked to sign in (401) rather than refused for its token. Signing in itself keeps it.
            http.csrf(c -> c.spa().ignoringRequestMatchers(SecurityConfiguration::carriesNoSession));
        }
        return http.build();
    }

    private static void headersAndCors(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny()));
        if (properties.corsAllowedOrigins().isEmpty()) {
            http.cors(c -> c.disable());
        } else {
            http.cors(c -> c.configurationSource(cors(properties.corsAllowedOrigins())));
        }
    }

    /** A page (not the API, health or the API description) asked for by a browser, which accepts HTML. */
    static boolean isScreenInABrowser(HttpServletRequest request) {
        String path = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html") && !path.startsWith("/api/")
                && !path.startsWith("/actuator") && !path.startsWith("/v3/") && !path.startsWith("/swagger-ui");
    }

    /** True for a request that no browser session stands behind (and that is not the sign-in form itself). */
    static boolean carriesNoSession(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return true;
        }
        if ("/login".equals(request.getRequestURI())) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null || Arrays.stream(cookies).noneMatch(c -> c.getName().equals("JSESSIONID"));
    }

    private static void matrix(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        // A streamed answer (a plan's progress events) goes on in an async dispatch of a request already authorised
        // as it came in; the sign-in filters do not run again for it, so it is not checked a second time.
        auth.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
        for (AccessMatrix.Rule rule : AccessMatrix.RULES) {
            var matched = auth.requestMatchers(rule.method(), rule.pattern());
            switch (rule.access()) {
                case PUBLIC -> matched.permitAll();
                case SIGNED_IN -> matched.authenticated();
                case ROLES -> matched.hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
            }
        }
        auth.requestMatchers("/login", "/logout", "/error").permitAll();
        // Anything not in the matrix: signed-in callers get the service's own answer (usually 404), the public 401.
        auth.anyRequest().authenticated();
    }

    private static UrlBasedCorsConfigurationSource cors(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(new ArrayList<>(origins));
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language", "X-XSRF-TOKEN"));
        cors.setExposedHeaders(List.of("Location", "Retry-After", "Content-Language"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }

    private static NimbusJwtDecoder jwtDecoder(OidcProperties oidc) {
        NimbusJwtDecoder decoder = oidc.jwkSetUri() == null || oidc.jwkSetUri().isBlank()
                ? NimbusJwtDecoder.withIssuerLocation(oidc.issuer()).build()
                : NimbusJwtDecoder.withJwkSetUri(oidc.jwkSetUri()).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(oidc.issuer()));
        if (oidc.audience() != null && !oidc.audience().isBlank()) {
            validators.add(jwt -> jwt.getAudience() != null && jwt.getAudience().contains(oidc.audience())
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                            "the token is not for audience " + oidc.audience(), null)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
