package org.prossima.api.placement.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A consortium's monthly budget for placement allowances, in whole euros. */
public record BudgetRequest(@NotNull @Min(0) @Max(10_000_000) Long monthlyEuros) {
}
