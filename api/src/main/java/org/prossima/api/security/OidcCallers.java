package org.prossima.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.prossima.data.security.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads the caller from an identity provider's token: the user's name, the role (the first of the role claim's
 * values that is one of Prossima's roles, in any case), the consortium and the organisation, by the claim names
 * configured. A token without a known role, or a coordinator's without a consortium, is refused (401).
 */
final class OidcCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final OidcProperties properties;

    OidcCallers(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Role role = role(jwt).orElseThrow(() -> refused("the token has no Prossima role in claim '"
                + properties.roleClaim() + "'"));
        String consortium = jwt.getClaimAsString(properties.consortiumClaim());
        if (role == Role.COORDINATOR && (consortium == null || consortium.isBlank())) {
            throw refused("a coordinator's token needs a consortium in claim '" + properties.consortiumClaim() + "'");
        }
        String username = Optional.ofNullable(jwt.getClaimAsString(properties.usernameClaim()))
                .orElse(jwt.getSubject());
        return new CallerAuthentication(new Caller(jwt.getSubject(), username, role,
                role == Role.COORDINATOR ? consortium : null, jwt.getClaimAsString(properties.organisationClaim())));
    }

    private Optional<Role> role(Jwt jwt) {
        Object claim = jwt.getClaim(properties.roleClaim());
        Collection<?> values = switch (claim) {
            case Collection<?> list -> list;
            case String single -> List.of(single);
            case null, default -> List.of();
        };
        for (Object value : values) {
            for (Role role : Role.values()) {
                if (role.name().equals(String.valueOf(value).toUpperCase(Locale.ROOT))) {
                    return Optional.of(role);
                }
            }
        }
        return Optional.empty();
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token", why, null));
    }
}
