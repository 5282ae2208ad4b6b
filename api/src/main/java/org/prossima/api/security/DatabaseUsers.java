package org.prossima.api.security;

import java.time.OffsetDateTime;

import org.prossima.data.security.AppUser;
import org.prossima.data.security.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The embedded users, for signing in with a password; repeated failures lock a user out for a while. Logs name the
 * user signing in, never a password.
 */
final class DatabaseUsers implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUsers.class);

    private final UserRepository users;
    private final SecurityProperties properties;

    DatabaseUsers(UserRepository users, SecurityProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        String hash = users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no password"));
        return new SignedInUser(user, hash);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        boolean known = users.recordFailedLogin(username, properties.maxFailedSignIns(),
                OffsetDateTime.now().plus(properties.lockout()));
        // An unknown name may be a password typed in the wrong field: it is not logged.
        if (known) {
            log.info("Failed sign-in for user '{}'", username);
        } else {
            log.info("Failed sign-in for an unknown user");
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
            users.recordSuccessfulLogin(user.getUsername());
        }
    }
}
