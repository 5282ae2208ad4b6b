package org.prossima.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An external identity provider (e.g. Keycloak): when {@code issuer} is set ({@code PROSSIMA_OIDC_ISSUER}) the
 * service signs nobody in itself and accepts only the provider's signed tokens (OAuth2 bearer JWTs), reading the
 * role, consortium and organisation from their claims.
 *
 * @param issuer            the provider's issuer URL; its OpenID configuration gives the signing keys
 * @param jwkSetUri         the signing keys' URL, when it should not be discovered from the issuer
 * @param audience          the audience tokens must be for, or empty to accept any
 * @param usernameClaim     the claim with the user's name
 * @param roleClaim         the claim with the role (one of COORDINATOR, HOST_ADMIN, FOOD_DISPATCHER, DRIVER, BOARD,
 *                          ADMIN), a string or a list of which the first known role is taken
 * @param consortiumClaim   the claim with a coordinator's consortium code
 * @param organisationClaim the claim with the user's association, company or cooperative
 */
@ConfigurationProperties("prossima.oidc")
public record OidcProperties(
        String issuer,
        String jwkSetUri,
        String audience,
        @DefaultValue("preferred_username") String usernameClaim,
        @DefaultValue("roles") String roleClaim,
        @DefaultValue("consortium") String consortiumClaim,
        @DefaultValue("organisation") String organisationClaim) {

    public boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }
}
