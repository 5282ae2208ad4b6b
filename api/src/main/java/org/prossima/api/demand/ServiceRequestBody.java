package org.prossima.api.demand;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.prossima.solver.demand.ServiceType;

/**
 * A company's service request as posted. The company is {@code companyId} (an existing one) or {@code companyName}
 * (found ignoring case, or created); the place is the comune ({@code istatCode} or {@code comune}) and/or
 * {@code lat}/{@code lon}; the period runs from {@code from} to {@code until}, both included. A company's administrator
 * posts for their own company only: they may leave both out; an administrator names the company.
 */
public record ServiceRequestBody(
        @Size(max = 20) String companyId,
        @Size(min = 2, max = 200) String companyName,
        @NotNull ServiceType serviceType,
        @NotNull @Min(1) @Max(200) Integer weeklyHours,
        String istatCode,
        @Size(max = 100) String comune,
        Double lat,
        Double lon,
        @NotNull LocalDate from,
        @NotNull LocalDate until,
        @NotNull @Min(1) @Max(10_000) Integer employeesServed,
        @Size(max = 2000) String notes) implements PlaceInput {

    /** The same request for the company with this id (and no company name). */
    ServiceRequestBody forCompany(String id) {
        return new ServiceRequestBody(id, null, serviceType, weeklyHours, istatCode, comune, lat, lon, from, until,
                employeesServed, notes);
    }
}
