package org.prossima.api.placement;

import java.net.URI;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.prossima.api.security.Caller;
import org.prossima.api.security.Callers;
import org.prossima.data.placement.Actor;
import org.prossima.data.security.AccessScope;
import org.prossima.data.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who asks, for placement matching: the caller, the scope every repository call takes (a coordinator's consortium,
 * a host administrator's organisation, everything for administrators and the board), the actor the audit records,
 * and the rules on what their writes may name. Which endpoints a role may call is the access matrix's business;
 * which rows, this scope's: another consortium's or organisation's resource is not found (404), and a write that
 * names another consortium or organisation in its body is refused (403, naming the field).
 */
public record PlacementAccess(Caller caller, AccessScope scope, String remoteAddr) {

    public PlacementAccess {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(scope, "scope");
    }

    /** The caller of the current request, with the scope the security filter gave it. */
    public static PlacementAccess current() {
        String remote = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? remote(attributes.getRequest()) : null;
        return new PlacementAccess(Callers.required(), AccessScope.current(), remote);
    }

    /** Who acts, as the audit of personal data and the coordinators' decisions record them. */
    public Actor actor() {
        return new Actor(caller.username(), caller.role().name(), remoteAddr, scope);
    }

    public boolean isCoordinator() {
        return caller.is(Role.COORDINATOR);
    }

    public boolean isHostAdmin() {
        return caller.is(Role.HOST_ADMIN);
    }

    /**
     * The consortium a write names in {@code field}: a coordinator may name only theirs, and naming none means theirs;
     * anyone else names any (checked against the territory later). A coordinator naming another: 403.
     */
    public String ownConsortium(String named, String field) {
        if (!isCoordinator()) {
            return named;
        }
        if (named == null || named.isBlank()) {
            return caller.consortium();
        }
        if (!named.equals(caller.consortium())) {
            throw notYours(field, named, "You are a coordinator of " + caller.consortium() + ": you cannot act for "
                    + "consortium '" + named + "'", "leave " + field + " out or give " + caller.consortium()
                    + "; a coordinator of " + named + " can do this");
        }
        return named;
    }

    /** The organisation a host administrator's write names: theirs (or none, meaning theirs); another: 403. */
    public String ownOrganisation(String named, String field) {
        if (!isHostAdmin()) {
            return named;
        }
        if (named != null && !named.isBlank() && !named.equals(caller.organisation())) {
            throw notYours(field, named, "You administer the hosts of " + caller.organisation() + ", not of '"
                    + named + "'", "leave " + field + " out or give " + caller.organisation());
        }
        return caller.organisation();
    }

    /**
     * A list of things private to a consortium (candidates, plans) filtered by {@code ?consortium=}: a coordinator
     * may ask only for theirs (403 naming the parameter otherwise); the filter to apply, null for all in scope.
     */
    public String privateFilter(String consortium) {
        String filter = consortium == null || consortium.isBlank() ? null : consortium;
        return filter == null ? null : ownConsortium(filter, "consortium");
    }

    /** A 403 problem naming the field whose value the caller may not use. */
    public static ErrorResponseException notYours(String field, Object value, String message, String hint) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message);
        problem.setType(URI.create("https://prossima.org/problems/not-yours"));
        problem.setTitle("Not yours to change");
        problem.setProperty("field", field);
        problem.setProperty("value", value);
        problem.setProperty("hint", hint);
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }

    private static String remote(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
