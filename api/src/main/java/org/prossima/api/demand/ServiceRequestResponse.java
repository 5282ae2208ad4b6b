package org.prossima.api.demand;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.prossima.api.text.Texts;
import org.prossima.data.demand.StoredServiceRequest;

/** A service request as the API shows it (its service's label in the request's language); {@code istatCode}, {@code comune} and {@code consortium} may be null. */
public record ServiceRequestResponse(String id, String companyId, String companyName, String serviceType,
        String serviceTypeLabel, int weeklyHours, String istatCode, String comune, double lat, double lon,
        String consortium, LocalDate from, LocalDate until, int employeesServed, String notes, String status,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime withdrawnAt) {

    static ServiceRequestResponse of(StoredServiceRequest r, Texts texts) {
        return new ServiceRequestResponse(r.id(), r.companyId(), r.companyName(), r.serviceType().name(),
                texts.render(r.serviceType().label()), r.weeklyHours(), r.istatCode(), r.comuneName(), r.lat(), r.lon(),
                r.consortiumCode(), r.startsOn(), r.endsOn(), r.employeesServed(), r.notes(), r.status().name(),
                r.createdAt(), r.updatedAt(), r.withdrawnAt());
    }
}
