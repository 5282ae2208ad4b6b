package org.prossima.solver.demand;

import org.prossima.solver.text.Text;

/**
 * Why a lot is left unserved, as the plan tells it ({@code demand.unserved.<CODE>} in the message catalogues).
 */
public enum UnservedReason {
    /** No cooperative offers the lot's service within its travel limit. */
    NO_COOPERATIVE,
    /** One cooperative could take it on, but its weekly capacity for the service is taken. */
    ONE_COOPERATIVE_FULL,
    /** {0} cooperatives could take it on, but their weekly capacity for the service is taken. */
    COOPERATIVES_FULL;

    /** The message key of this reason. */
    public String key() {
        return "demand.unserved." + name();
    }

    /** The reason of a lot that {@code choices} cooperatives could take on, none of them with room left. */
    static Text of(int choices) {
        return switch (choices) {
            case 0 -> Text.of(NO_COOPERATIVE.key());
            case 1 -> Text.of(ONE_COOPERATIVE_FULL.key());
            default -> Text.of(COOPERATIVES_FULL.key(), choices);
        };
    }
}
