package org.prossima.data.support;

import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The WHERE clause of support's repositories for the {@link AccessScope} each of their calls takes: a consortium's
 * rows, or all for the service; the same rule as V21's row-level security, stated again in every query.
 */
final class SupportScope {

    private SupportScope() {
    }

    static String consortium(String column) {
        return "(:scopeConsortia = '*' or " + column + " = :scopeConsortia)";
    }

    static StatementSpec bind(StatementSpec sql, AccessScope scope) {
        return sql.param("scopeConsortia", scope.consortia());
    }
}
