package org.prossima.data.security;

/** What a signed-in user may do: the rows of the role × endpoint matrix (api security, README). */
public enum Role {
    /** A work-inclusion coordinator of one consortium: its candidates, persons, plans and decisions. */
    COORDINATOR,
    /** The administrator of a company or cooperative: its own hosts, opportunities and service requests. */
    HOST_ADMIN,
    /** The dispatcher of a food-recovery association: its problems and plans. */
    FOOD_DISPATCHER,
    /** A volunteer driver: only the routes assigned to them, today and tomorrow. */
    DRIVER,
    /** The steering board: aggregated figures only, never a person. */
    BOARD,
    /** Users, roles, the territory, the audit. */
    ADMIN
}
