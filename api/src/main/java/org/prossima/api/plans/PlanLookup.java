package org.prossima.api.plans;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.prossima.api.error.ConflictException;
import org.prossima.api.error.NotFoundException;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanStatus;

/**
 * Reads a stored plan by the id a request gives, the same way for every model: 404 with a hint when the text is not
 * the id of a plan of this kind, 409 with a hint for a part a plan does not have yet.
 */
public final class PlanLookup {

    private PlanLookup() {
    }

    /** The plan of this kind with this id, found by the model's repository; 404 when there is none. */
    public static <T> T find(String id, PlanKind kind, Function<UUID, Optional<T>> repository) {
        return uuid(id).flatMap(repository).orElseThrow(() -> new NotFoundException(
                "No " + name(kind) + " plan with id '" + id + "'",
                "use the id (a UUID) from the Location header of POST " + path(kind)));
    }

    /** A part of a plan that it does not have in this status, e.g. its analysis while it is still solving. */
    public static ConflictException notYet(UUID id, PlanKind kind, PlanStatus status, String what) {
        return new ConflictException("Plan '" + id + "' has no " + what + " yet (status " + status + ")",
                "poll GET " + path(kind) + "/" + id + " until its status is SOLVED");
    }

    /** Where plans of this kind are posted. */
    public static String path(PlanKind kind) {
        return switch (kind) {
            case FOOD_RECOVERY -> "/api/v1/food-recovery/plans";
            case PLACEMENT -> "/api/v1/placement/plans";
            case ALLOCATION -> "/api/v1/demand/allocation-plans";
        };
    }

    private static String name(PlanKind kind) {
        return switch (kind) {
            case FOOD_RECOVERY -> "food-recovery";
            case PLACEMENT -> "placement";
            case ALLOCATION -> "allocation";
        };
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
