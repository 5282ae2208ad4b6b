package org.prossima.api.demand;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.prossima.data.demand.StoredServiceRequest;

/** A service request as the API shows it; {@code istatCode}, {@code comune} and {@code consortium} may be null. */
public record ServiceRequestResponse(String id, String companyId, String companyName, String serviceType,
        String serviceTypeLabel, int weeklyHours, String istatCode, String comune, double lat, double lon,
        String consortium, LocalDate from, LocalDate until, int employeesServed, String notes, String status,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime withdrawnAt) {

    static ServiceRequestResponse of(StoredServiceRequest r) {
        return new ServiceRequestResponse(r.id(), r.companyId(), r.companyName(), r.serviceType().name(),
                r.serviceType().italian(), r.weeklyHours(), r.istatCode(), r.comuneName(), r.lat(), r.lon(),
                r.consortiumCode(), r.startsOn(), r.endsOn(), r.employeesServed(), r.notes(), r.status().name(),
                r.createdAt(), r.updatedAt(), r.withdrawnAt());
    }
}
