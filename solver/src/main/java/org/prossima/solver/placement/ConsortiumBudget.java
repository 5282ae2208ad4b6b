package org.prossima.solver.placement;

/** Planning fact: a consortium's monthly budget for allowances. */
public record ConsortiumBudget(String consortium, long monthlyEuros) {
}
