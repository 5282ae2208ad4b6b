package org.prossima.api.foodrecovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Where vehicles start and end: a warehouse, an association's seat, a volunteer's home.
 * The place is given either by {@code lat}/{@code lon} or by the {@code istatCode} of a comune
 * (its town hall is used).
 */
public record DepotRequest(
        @NotBlank @Size(max = 64) String id,
        @Size(max = 200) String name,
        Double lat,
        Double lon,
        String istatCode) implements PlaceRequest {
}
