package org.prossima.api.security;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.prossima.data.security.AppUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An embedded user signing in with a password (browser or HTTP Basic). */
final class SignedInUser implements UserDetails {

    private final AppUser user;
    private final String passwordHash;

    SignedInUser(AppUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    Caller caller() {
        return Callers.of(user);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return user.lockedUntil() == null || user.lockedUntil().isBefore(OffsetDateTime.now());
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }
}
