package org.prossima.api.web;

import java.util.Objects;
import java.util.Set;

import org.prossima.data.security.Role;

/**
 * A screen of the service as the home page and the menu show it: where it is, its name and a line about it (message
 * keys of {@code screens_*.properties}), who may open it (empty: everyone, signed in or not) and its place in the
 * menu. Each capability's screens declare their own as beans; the home page lists those of the caller's role.
 */
public record ScreenLink(String path, String titleKey, String summaryKey, Set<Role> roles, int order) {

    public ScreenLink {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(summaryKey, "summaryKey");
        roles = Set.copyOf(roles);
    }

    /** Whether someone with this role (null: the public) may open the screen. */
    public boolean openTo(Role role) {
        return roles.isEmpty() || role != null && roles.contains(role);
    }
}
