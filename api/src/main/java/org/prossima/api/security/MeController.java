package org.prossima.api.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.prossima.api.error.ConflictException;
import org.prossima.api.error.NotFoundException;
import org.prossima.data.security.ApiToken;
import org.prossima.data.security.ApiTokenRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who I am, and my personal API tokens for scripts (embedded sign-in only). */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    /** A token lives at most a year, and 90 days unless asked otherwise. */
    static final int DEFAULT_DAYS = 90;

    private final ApiTokenRepository tokens;
    private final OidcProperties oidc;

    MeController(ApiTokenRepository tokens, OidcProperties oidc) {
        this.tokens = tokens;
        this.oidc = oidc;
    }

    record Me(String id, String username, String role, String consortium, String organisation) {
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(365) Integer days) {
    }

    /** The token itself appears here only, once. */
    record NewToken(UUID id, String name, String token, OffsetDateTime expiresAt) {
    }

    @GetMapping
    Me me() {
        Caller caller = Callers.required();
        return new Me(caller.id(), caller.username(), caller.role().name(), caller.consortium(),
                caller.organisation());
    }

    @GetMapping("/tokens")
    List<ApiToken> myTokens() {
        return tokens.ofUser(embeddedUserId());
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    NewToken newToken(@Valid @RequestBody TokenRequest request) {
        UUID user = embeddedUserId();
        String token = ApiTokens.newToken();
        OffsetDateTime expires = OffsetDateTime.now().plusDays(request.days() == null ? DEFAULT_DAYS : request.days());
        UUID id = tokens.create(user, request.name().strip(), ApiTokens.sha256(token), expires);
        return new NewToken(id, request.name().strip(), token, expires);
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        if (!tokens.delete(embeddedUserId(), id)) {
            throw new NotFoundException("You have no API token with id '" + id + "'",
                    "list yours with GET /api/v1/me/tokens");
        }
    }

    private UUID embeddedUserId() {
        if (oidc.enabled()) {
            throw new ConflictException("Personal API tokens are not used with an identity provider",
                    "ask your identity provider for a token (e.g. a client-credentials or device-code flow)");
        }
        return UUID.fromString(Callers.required().id());
    }
}
