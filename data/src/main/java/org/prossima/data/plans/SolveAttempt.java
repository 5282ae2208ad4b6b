package org.prossima.data.plans;

import java.util.Objects;
import java.util.UUID;

/**
 * An instance's hold on a plan while it solves it: only the attempt that holds the plan may write its progress and
 * its final state, so a plan taken over by another instance (this one stopped beating) is never written twice.
 *
 * @param planId   the plan
 * @param attempt  the plan's attempt number when this instance took it up
 * @param instance the instance solving it, as it names itself
 */
public record SolveAttempt(UUID planId, int attempt, String instance) {

    public SolveAttempt {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(instance, "instance");
    }
}
