package org.prossima.api.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How people sign in and what protects the door.
 *
 * @param demoUsers            create one demo user per role (and per consortium) at the first start, their passwords
 *                             in {@code secretsDir/demo-users.txt}; unset: only with the embedded database
 * @param secretsDir           where the service keeps what it generates and must not log: the demo users' passwords,
 *                             the key that encrypts personal details ({@code PROSSIMA_SECURITY_SECRETSDIR})
 * @param maxFailedSignIns     failed sign-ins in a row before a user is locked out
 * @param lockout              how long a locked-out user waits
 * @param plansPerHour         plans one user may post in an hour (every model together); past it, 429
 * @param corsAllowedOrigins   origins allowed to call the API from a browser page of theirs; none by default
 * @param maxJsonBody          the largest request body accepted, JSON and others (413 past it)
 * @param maxCsvBody           the largest CSV file accepted by an import (413 past it)
 */
@ConfigurationProperties("prossima.security")
public record SecurityProperties(
        Boolean demoUsers,
        @DefaultValue(".prossima") Path secretsDir,
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("60") int plansPerHour,
        @DefaultValue List<String> corsAllowedOrigins,
        @DefaultValue("2MB") DataSize maxJsonBody,
        @DefaultValue("10MB") DataSize maxCsvBody) {
}
