package org.prossima.api.security;

import static org.prossima.data.security.Role.ADMIN;
import static org.prossima.data.security.Role.BOARD;
import static org.prossima.data.security.Role.COORDINATOR;
import static org.prossima.data.security.Role.DRIVER;
import static org.prossima.data.security.Role.FOOD_DISPATCHER;
import static org.prossima.data.security.Role.HOST_ADMIN;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import org.prossima.data.security.Role;
import org.springframework.http.HttpMethod;

/**
 * Who may call what: every endpoint of the service with the roles allowed, as data, in one place. The filter chain
 * is built from it, the OpenAPI document lists each operation's roles from it, and a test walks it with every role
 * (and the public) and checks that no controller endpoint is missing from it. Which rows of an allowed endpoint a
 * caller then sees (their consortium, their organisation, their routes) is decided by the scope their requests
 * carry, not here; another consortium's resource answers 404, not 403.
 */
public final class AccessMatrix {

    /**
     * One row: requests with this method whose path matches this pattern (Spring's path patterns) may be made by
     * the public (no sign-in), by anyone signed in, or by these roles only.
     */
    public record Rule(HttpMethod method, String pattern, Access access, Set<Role> roles) {

        public Rule {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(access, "access");
            roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        }

        /** Whether a caller with this role (null: the public) may make the request. */
        public boolean allows(Role role) {
            return switch (access) {
                case PUBLIC -> true;
                case SIGNED_IN -> role != null;
                case ROLES -> role != null && roles.contains(role);
            };
        }
    }

    /** Who a rule lets in. */
    public enum Access {
        PUBLIC,
        SIGNED_IN,
        ROLES
    }

    private static final Set<Role> PLANNING_STAFF = EnumSet.of(COORDINATOR, ADMIN);

    /** Every endpoint of the service; order matters only where patterns overlap (first match wins). */
    public static final List<Rule> RULES = List.of(
            // The public: the catalogue, the sign-in page, the service's health and its API description.
            open(GET, "/api/v1/catalogue/offerings"),
            open(GET, "/api/v1/catalogue/offerings/{id}"),
            open(GET, "/login"),
            // The screens everyone may open: the home page and the catalogue's.
            open(GET, "/"),
            open(GET, "/catalogo"),
            open(GET, "/catalogo/{id}"),
            open(GET, "/actuator/health"),
            open(GET, "/actuator/health/{*group}"),
            open(GET, "/actuator/info"),
            open(GET, "/v3/api-docs"),
            open(GET, "/v3/api-docs/{*path}"),
            open(GET, "/swagger-ui.html"),
            open(GET, "/swagger-ui/{*path}"),

            // Who I am, and my API tokens.
            signedIn(GET, "/api/v1/me"),
            signedIn(GET, "/api/v1/me/tokens"),
            signedIn(POST, "/api/v1/me/tokens"),
            signedIn(DELETE, "/api/v1/me/tokens/{id}"),

            // Administration: users, the audit of personal data, the territory's consortia.
            roles(GET, "/api/v1/admin/users", ADMIN),
            roles(POST, "/api/v1/admin/users", ADMIN),
            roles(GET, "/api/v1/admin/users/{id}", ADMIN),
            roles(PUT, "/api/v1/admin/users/{id}", ADMIN),
            roles(POST, "/api/v1/admin/users/{id}/password", ADMIN),
            roles(GET, "/api/v1/admin/audit", ADMIN),
            roles(PUT, "/api/v1/territory/comuni/{istatCode}/consortium", ADMIN),
            // The maps' basemap: its state and the area it covers (the tiles themselves are public, like the screens' files).
            roles(GET, "/mappa", ADMIN),
            open(GET, "/mappa/sfondo/{z}/{x}/{y}.json"),

            // The territory: reference data for everyone signed in.
            signedIn(GET, "/api/v1/territory/comuni"),
            signedIn(GET, "/api/v1/territory/consortia"),

            // The catalogue's writes: the consortia's operators keep their offerings.
            roles(POST, "/api/v1/catalogue/offerings", COORDINATOR, ADMIN),
            roles(PUT, "/api/v1/catalogue/offerings/{id}", COORDINATOR, ADMIN),
            roles(POST, "/api/v1/catalogue/offerings/{id}/withdraw", COORDINATOR, ADMIN),
            roles(DELETE, "/api/v1/catalogue/offerings/{id}", COORDINATOR, ADMIN),
            roles(POST, "/api/v1/catalogue/demo", ADMIN),

            // Food recovery: an association's dispatchers; its drivers read the routes assigned to them.
            roles(GET, "/api/v1/food-recovery/demo-problem", FOOD_DISPATCHER),
            roles(POST, "/api/v1/food-recovery/plans", FOOD_DISPATCHER),
            roles(GET, "/api/v1/food-recovery/plans", FOOD_DISPATCHER),
            roles(GET, "/api/v1/food-recovery/plans/{id}", FOOD_DISPATCHER),
            roles(GET, "/api/v1/food-recovery/plans/{id}/analysis", FOOD_DISPATCHER),
            roles(GET, "/api/v1/food-recovery/plans/{id}/events", FOOD_DISPATCHER),
            roles(POST, "/api/v1/food-recovery/plans/{id}/cancel", FOOD_DISPATCHER),
            roles(DELETE, "/api/v1/food-recovery/plans/{id}", FOOD_DISPATCHER),
            roles(GET, "/api/v1/food-recovery/plans/{id}/vehicles/{vehicleId}/route.gpx", FOOD_DISPATCHER, DRIVER),
            roles(GET, "/api/v1/food-recovery/plans/{id}/vehicles/{vehicleId}/route.geojson", FOOD_DISPATCHER,
                    DRIVER),
            roles(GET, "/api/v1/food-recovery/my-routes", DRIVER),
            // Food recovery as the day goes on (issue 13): drivers report at their pickups, dispatchers plan again.
            roles(POST, "/api/v1/food-recovery/plans/{id}/stops/{stopId}/status", FOOD_DISPATCHER, DRIVER),
            roles(POST, "/api/v1/food-recovery/plans/{id}/replan", FOOD_DISPATCHER),
            // The food-recovery screens (issue 13): the dispatcher's day, the volunteer driver's route.
            roles(GET, "/smistamento", FOOD_DISPATCHER),
            roles(POST, "/smistamento/risolvi", FOOD_DISPATCHER),
            roles(GET, "/smistamento/piani/{id}", FOOD_DISPATCHER),
            roles(POST, "/smistamento/piani/{id}/ripianifica", FOOD_DISPATCHER),
            roles(GET, "/autista", DRIVER),
            roles(POST, "/autista/fermate", DRIVER),

            // Placement: a consortium's coordinators; companies and cooperatives keep their hosts and openings.
            roles(GET, "/api/v1/placement/candidates", COORDINATOR),
            roles(POST, "/api/v1/placement/candidates", COORDINATOR),
            roles(POST, "/api/v1/placement/candidates/import", COORDINATOR),
            roles(GET, "/api/v1/placement/candidates/{id}", COORDINATOR),
            roles(PUT, "/api/v1/placement/candidates/{id}", COORDINATOR),
            roles(DELETE, "/api/v1/placement/candidates/{id}", COORDINATOR),
            roles(GET, "/api/v1/placement/candidates/{id}/person", COORDINATOR),
            roles(PUT, "/api/v1/placement/candidates/{id}/person", COORDINATOR),
            roles(DELETE, "/api/v1/placement/candidates/{id}/person", COORDINATOR),
            roles(GET, "/api/v1/placement/hosts", COORDINATOR, HOST_ADMIN),
            roles(POST, "/api/v1/placement/hosts", COORDINATOR, HOST_ADMIN),
            roles(GET, "/api/v1/placement/hosts/{id}", COORDINATOR, HOST_ADMIN),
            roles(PUT, "/api/v1/placement/hosts/{id}", COORDINATOR, HOST_ADMIN),
            roles(GET, "/api/v1/placement/tutors", COORDINATOR),
            roles(POST, "/api/v1/placement/tutors", COORDINATOR),
            roles(GET, "/api/v1/placement/tutors/{id}", COORDINATOR),
            roles(PUT, "/api/v1/placement/tutors/{id}", COORDINATOR),
            roles(GET, "/api/v1/placement/opportunities", COORDINATOR, HOST_ADMIN),
            roles(POST, "/api/v1/placement/opportunities", COORDINATOR, HOST_ADMIN),
            roles(POST, "/api/v1/placement/opportunities/import", COORDINATOR, HOST_ADMIN),
            roles(GET, "/api/v1/placement/opportunities/{id}", COORDINATOR, HOST_ADMIN),
            roles(PUT, "/api/v1/placement/opportunities/{id}", COORDINATOR, HOST_ADMIN),
            roles(GET, "/api/v1/placement/budgets", COORDINATOR, BOARD, ADMIN),
            roles(GET, "/api/v1/placement/budgets/{consortium}", COORDINATOR, BOARD, ADMIN),
            roles(PUT, "/api/v1/placement/budgets/{consortium}", COORDINATOR, ADMIN),
            // Economic support tied to community activities: a coordinator's consortium's measures, all for an
            // administrator; never the board (persons). A host's administrator records the hours of the people
            // accepted at their organisation's community activities, and lists those measures only.
            roles(GET, "/api/v1/support/measures", COORDINATOR, ADMIN),
            roles(POST, "/api/v1/support/measures", COORDINATOR, ADMIN),
            roles(GET, "/api/v1/support/measures/{id}", COORDINATOR, ADMIN),
            roles(PUT, "/api/v1/support/measures/{id}", COORDINATOR, ADMIN),
            roles(DELETE, "/api/v1/support/measures/{id}", COORDINATOR, ADMIN),
            roles(GET, "/api/v1/support/measures/{id}/attendance", COORDINATOR, ADMIN),
            roles(POST, "/api/v1/support/measures/{id}/attendance", COORDINATOR, HOST_ADMIN, ADMIN),
            roles(POST, "/api/v1/support/attendance/import", COORDINATOR, HOST_ADMIN, ADMIN),
            roles(GET, "/api/v1/support/hosted", HOST_ADMIN),
            roles(GET, "/api/v1/support/behind", COORDINATOR, ADMIN),
            roles(POST, "/api/v1/placement/plans", PLANNING_STAFF),
            roles(GET, "/api/v1/placement/plans", PLANNING_STAFF),
            roles(GET, "/api/v1/placement/plans/{id}", PLANNING_STAFF),
            roles(GET, "/api/v1/placement/plans/{id}/analysis", PLANNING_STAFF),
            roles(GET, "/api/v1/placement/plans/{id}/events", PLANNING_STAFF),
            roles(GET, "/api/v1/placement/plans/{id}/matches.csv", PLANNING_STAFF),
            roles(POST, "/api/v1/placement/plans/{id}/cancel", PLANNING_STAFF),
            roles(DELETE, "/api/v1/placement/plans/{id}", PLANNING_STAFF),
            roles(POST, "/api/v1/placement/plans/{id}/matches/{candidateId}/accept", COORDINATOR),
            roles(POST, "/api/v1/placement/plans/{id}/matches/{candidateId}/reject", COORDINATOR),
            // The coordinator's screens (org.prossima.api.web.placement): their candidates and the CSV import, the
            // opportunities, "plan now", the plan and the decisions on it; each calls the placement API above, so an
            // administrator opens the plans (without names or decisions) and nothing else.
            roles(GET, "/coordinatore", PLANNING_STAFF),
            roles(GET, "/coordinatore/candidati", COORDINATOR),
            roles(POST, "/coordinatore/candidati/import", COORDINATOR),
            roles(GET, "/coordinatore/opportunita", COORDINATOR),
            roles(POST, "/coordinatore/piani", PLANNING_STAFF),
            roles(GET, "/coordinatore/piani/{id}", PLANNING_STAFF),
            roles(POST, "/coordinatore/piani/{id}/proposte/{candidateId}/accetta", COORDINATOR),
            roles(POST, "/coordinatore/piani/{id}/proposte/{candidateId}/rifiuta", COORDINATOR),

            // Aggregated demand: companies post requests (administrators on a company's behalf), cooperatives keep
            // their capacities (administrators add them), the programme's staff allocate the lots; companies see the
            // lot and the cooperative of their requests.
            signedIn(GET, "/api/v1/demand/service-types"),
            roles(GET, "/api/v1/demand/companies", HOST_ADMIN, COORDINATOR, ADMIN),
            roles(POST, "/api/v1/demand/requests", HOST_ADMIN, ADMIN),
            roles(GET, "/api/v1/demand/requests", HOST_ADMIN, COORDINATOR, ADMIN),
            roles(GET, "/api/v1/demand/requests/{id}", HOST_ADMIN, COORDINATOR, ADMIN),
            roles(POST, "/api/v1/demand/requests/{id}/withdraw", HOST_ADMIN, ADMIN),
            roles(GET, "/api/v1/demand/lots", HOST_ADMIN, COORDINATOR, ADMIN),
            roles(GET, "/api/v1/demand/cooperatives", HOST_ADMIN, COORDINATOR, ADMIN),
            roles(POST, "/api/v1/demand/cooperatives", ADMIN),
            roles(GET, "/api/v1/demand/cooperatives/{id}", HOST_ADMIN, COORDINATOR, ADMIN),
            roles(PUT, "/api/v1/demand/cooperatives/{id}", HOST_ADMIN, ADMIN),
            roles(POST, "/api/v1/demand/allocation-plans", PLANNING_STAFF),
            roles(GET, "/api/v1/demand/allocation-plans", HOST_ADMIN, COORDINATOR, ADMIN),
            roles(GET, "/api/v1/demand/allocation-plans/{id}", HOST_ADMIN, COORDINATOR, ADMIN),
            roles(GET, "/api/v1/demand/allocation-plans/{id}/events", HOST_ADMIN, COORDINATOR, ADMIN),
            roles(POST, "/api/v1/demand/allocation-plans/{id}/cancel", PLANNING_STAFF),
            roles(DELETE, "/api/v1/demand/allocation-plans/{id}", PLANNING_STAFF),
            roles(GET, "/api/v1/demand/jobs", HOST_ADMIN, COORDINATOR, ADMIN),
            // The company's screens, for its administrator: its requests with their lots, posting and withdrawing one.
            roles(GET, "/azienda", HOST_ADMIN),
            roles(POST, "/azienda/richieste", HOST_ADMIN),
            roles(GET, "/azienda/richieste/{id}", HOST_ADMIN),
            roles(GET, "/azienda/richieste/{id}/ritiro", HOST_ADMIN),
            roles(POST, "/azienda/richieste/{id}/ritiro", HOST_ADMIN),

            // The steering board's figures (issue 14): aggregates per comune, consortium or district, small counts of
            // people suppressed, never a person's id; administrators read them too.
            roles(GET, "/api/v1/board/placement", BOARD, ADMIN),
            roles(GET, "/api/v1/board/placement.csv", BOARD, ADMIN),
            roles(GET, "/api/v1/board/food-recovery", BOARD, ADMIN),
            roles(GET, "/api/v1/board/food-recovery.csv", BOARD, ADMIN),
            roles(GET, "/api/v1/board/catalogue", BOARD, ADMIN),
            roles(GET, "/api/v1/board/catalogue.csv", BOARD, ADMIN),
            roles(GET, "/api/v1/board/demand", BOARD, ADMIN),
            roles(GET, "/api/v1/board/demand.csv", BOARD, ADMIN),
            roles(GET, "/api/v1/board/reach", BOARD, ADMIN),
            roles(GET, "/api/v1/board/reach.csv", BOARD, ADMIN),
            roles(GET, "/api/v1/board/unreached", BOARD, ADMIN),
            roles(GET, "/api/v1/board/unreached.csv", BOARD, ADMIN),
            roles(GET, "/api/v1/board/support", BOARD, ADMIN),
            roles(GET, "/api/v1/board/support.csv", BOARD, ADMIN),
            // equity over time: every plan solved in a period with its spread and the greedy baseline's
            roles(GET, "/api/v1/board/equity", BOARD, ADMIN),
            // the board's screen, which is also its printable report
            roles(GET, "/cabina", BOARD, ADMIN));

    /**
     * The screens' own files (styles, scripts, the WebJars' libraries) and the basemap's tiles (drawn from
     * OpenStreetMap, nothing personal): anyone may fetch them.
     */
    static final List<String> SCREEN_FILES = List.of("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
            "/mappa/sfondo/**");

    /**
     * The public's GET rules of the API itself (not the sign-in page, health or the API description), and the
     * screens' files.
     */
    private static final List<PathPatternRequestMatcher> PUBLIC_API_READS = Stream.concat(
            RULES.stream().filter(rule -> rule.access() == Access.PUBLIC && rule.method() == GET
                    && rule.pattern().startsWith("/api/")).map(Rule::pattern), SCREEN_FILES.stream())
            .map(pattern -> PathPatternRequestMatcher.withDefaults().matcher(GET, pattern))
            .toList();

    private AccessMatrix() {
    }

    /** Whether a request is one of the public's reads of the API, which needs no sign-in of any kind. */
    static boolean isPublicApiRead(HttpServletRequest request) {
        for (PathPatternRequestMatcher matcher : PUBLIC_API_READS) {
            if (matcher.matches(request)) {
                return true;
            }
        }
        return false;
    }

    private static Rule open(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Access.PUBLIC, Set.of());
    }

    private static Rule signedIn(HttpMethod method, String pattern) {
        return new Rule(method, pattern, Access.SIGNED_IN, Set.of());
    }

    private static Rule roles(HttpMethod method, String pattern, Role first, Role... more) {
        return new Rule(method, pattern, Access.ROLES, EnumSet.of(first, more));
    }

    private static Rule roles(HttpMethod method, String pattern, Set<Role> roles) {
        return new Rule(method, pattern, Access.ROLES, roles);
    }
}
