package org.prossima.solver.placement.demo;

import org.prossima.solver.placement.OpportunityKind;

/** A generated host: a company, a type-B social cooperative or an association, in a comune. */
public record Host(String id, String name, OpportunityKind kind, String townCode) {
}
