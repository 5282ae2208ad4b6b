package org.prossima.api.foodrecovery;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A day's food-recovery problem as posted: depots, vehicles, the surplus food to collect and,
 * optionally, the recipients to deliver it to (without them, food goes to the vehicles' end depots).
 * Times are ISO-8601 local date-times in Europe/Rome.
 */
public record FoodRecoveryProblemRequest(
        @NotEmpty @Size(max = 100) List<@NotNull @Valid DepotRequest> depots,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid VehicleRequest> vehicles,
        @NotNull @Size(max = 2000) List<@NotNull @Valid PickupRequest> pickups,
        @Size(max = 200) List<@NotNull @Valid RecipientRequest> recipients) {

    /** The recipients, none when the request has no such list. */
    public List<RecipientRequest> recipientsOrEmpty() {
        return recipients == null ? List.of() : recipients;
    }
}
