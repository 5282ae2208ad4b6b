package org.prossima.solver.foodrecovery;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;

/** The one {@link ConstraintVerifier} of {@link FoodRecoveryConstraints} that every constraint test uses. */
final class FoodRecoveryConstraintVerifier {

    static final ConstraintVerifier<FoodRecoveryConstraints, FoodRecoverySolution> VERIFIER =
            ConstraintVerifier.build(new FoodRecoveryConstraints(), FoodRecoverySolution.class, Vehicle.class,
                    Stop.class);

    private FoodRecoveryConstraintVerifier() {
    }
}
