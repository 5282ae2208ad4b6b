package org.prossima.data.placement;

import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The WHERE clauses of placement matching's repositories for the {@link AccessScope} every one of their reads and
 * changes takes: the same rules as the row-level security policies of V15, stated again in each query so that the
 * policies are a second wall, not the only one. Parameters {@code :scopeConsortia} and {@code :scopeOrganisation}.
 */
final class ScopeSql {

    private ScopeSql() {
    }

    /** Rows of a consortium ({@code column}): the scope's consortium, or all for the service. */
    static String consortium(String column) {
        return "(:scopeConsortia = '*' or " + column + " = :scopeConsortia)";
    }

    /** Hosts ({@code alias}) the scope reads: coordinators and the service all, an organisation its own. */
    static String hostRead(String alias) {
        return "(:scopeConsortia <> '' or :scopeOrganisation = '*' or (:scopeOrganisation <> '' and " + alias
                + ".organisation = :scopeOrganisation))";
    }

    /** Hosts ({@code alias}) the scope changes: its consortium's, or its organisation's. */
    static String hostWrite(String alias) {
        return "(" + consortium(alias + ".consortium_code") + " or (:scopeOrganisation <> '' and " + alias
                + ".organisation = :scopeOrganisation))";
    }

    /** Opportunities ({@code alias}) the scope reads: coordinators and the service all, an organisation its hosts'. */
    static String opportunityRead(String alias) {
        return "(:scopeConsortia <> '' or :scopeOrganisation = '*' or (:scopeOrganisation <> '' and exists ("
                + "select 1 from placement_host h where h.id = " + alias + ".host_id and h.organisation = "
                + ":scopeOrganisation)))";
    }

    /** Opportunities ({@code alias}) the scope changes: its consortium's, or those of its organisation's hosts. */
    static String opportunityWrite(String alias) {
        return "(" + consortium(alias + ".consortium_code") + " or (:scopeOrganisation <> '' and exists ("
                + "select 1 from placement_host h where h.id = " + alias + ".host_id and h.organisation = "
                + ":scopeOrganisation)))";
    }

    /** Tutors the scope reads: anyone signed in (an opportunity names its tutor). */
    static String signedIn() {
        return "(:scopeConsortia <> '' or :scopeOrganisation <> '')";
    }

    static StatementSpec bind(StatementSpec sql, AccessScope scope) {
        return sql.param("scopeConsortia", scope.consortia()).param("scopeOrganisation", scope.organisation());
    }
}
