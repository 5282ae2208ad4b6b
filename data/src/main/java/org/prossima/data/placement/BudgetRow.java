package org.prossima.data.placement;

import java.time.OffsetDateTime;

/** A consortium's monthly budget for placement allowances. */
public record BudgetRow(String consortium, long monthlyEuros, OffsetDateTime updatedAt) {
}
