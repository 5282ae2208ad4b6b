package org.prossima.data.security;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Whose rows the current work may touch, as the database's row-level security sees it: every connection the service
 * takes carries it ({@code prossima.consortia}, {@code prossima.organisation}, set by {@link ScopedDataSource}), so
 * a query that forgets its WHERE clause still returns only what the caller may see.
 * <ul>
 * <li>{@link #everything(String)}: the service's own work (start-up, solving, demo data), administrators and the
 * steering board's aggregates; it says why;</li>
 * <li>{@link #consortium(String)}: a coordinator's requests;</li>
 * <li>{@link #organisation(String)}: a dispatcher's, driver's or host administrator's requests;</li>
 * <li>{@link #nothing()}: the public.</li>
 * </ul>
 * A request's scope is set by the service's security filter for the request's thread; any other thread works as the
 * service.
 */
public record AccessScope(String consortia, String organisation, String why) {

    /** The setting that lets every consortium's rows through. */
    public static final String ALL = "*";

    private static final ThreadLocal<AccessScope> CURRENT = new ThreadLocal<>();
    private static final AccessScope SERVICE = new AccessScope(ALL, ALL, "the service's own work");

    public AccessScope {
        Objects.requireNonNull(consortia, "consortia");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(why, "why");
    }

    public static AccessScope everything(String why) {
        return new AccessScope(ALL, ALL, why);
    }

    public static AccessScope consortium(String code) {
        return new AccessScope(Objects.requireNonNull(code, "code"), "", "a coordinator of " + code);
    }

    public static AccessScope organisation(String id) {
        return new AccessScope("", Objects.requireNonNull(id, "id"), "a member of " + id);
    }

    public static AccessScope nothing() {
        return new AccessScope("", "", "the public");
    }

    /** The scope of the current thread's work. */
    public static AccessScope current() {
        AccessScope scope = CURRENT.get();
        return scope == null ? SERVICE : scope;
    }

    /** Runs {@code work} in this scope on the current thread, then restores the scope it had. */
    public <T> T run(Supplier<T> work) {
        AccessScope before = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** Runs {@code work} in this scope on the current thread, then restores the scope it had. */
    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /** The database settings of this scope, as one text that changes when they do. */
    String settingsKey() {
        return consortia + "\u0000" + organisation;
    }
}
