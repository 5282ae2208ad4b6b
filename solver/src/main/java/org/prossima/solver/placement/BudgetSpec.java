package org.prossima.solver.placement;

/**
 * A consortium's monthly budget for the allowances of the placements of its candidates.
 *
 * @param consortium   consortium code
 * @param monthlyEuros euros per month, 0..10,000,000
 */
public record BudgetSpec(String consortium, long monthlyEuros) {

    public BudgetSpec {
        SpecFields.id(consortium, "budget consortium");
        if (monthlyEuros < 0 || monthlyEuros > 10_000_000) {
            throw new IllegalArgumentException("budget of " + consortium
                    + ": monthlyEuros must be within [0, 10000000]: " + monthlyEuros);
        }
    }
}
