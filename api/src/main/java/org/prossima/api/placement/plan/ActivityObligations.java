package org.prossima.api.placement.plan;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.prossima.data.security.AccessScope;

/**
 * Who owes a community activity (economic support tied to one, issue 14): the candidates whose support measure in
 * force on a day asks for community activity while none is accepted for them. Placement matching gives them
 * priority for community-activity seats; support ({@code api/support}) says who they are.
 */
public interface ActivityObligations {

    /** The candidates of {@code consortium} (all in scope when null) owing a community activity on {@code day}. */
    Set<UUID> owing(AccessScope scope, String consortium, LocalDate day);
}
