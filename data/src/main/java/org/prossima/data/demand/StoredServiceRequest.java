package org.prossima.data.demand;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.prossima.solver.demand.ServiceType;

/** A service request as stored, with its company's name and its comune's name (null when the comune is unknown). */
public record StoredServiceRequest(String id, String companyId, String companyName, ServiceType serviceType,
        int weeklyHours, String istatCode, String comuneName, double lat, double lon, String consortiumCode,
        LocalDate startsOn, LocalDate endsOn, int employeesServed, String notes, RequestStatus status,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime withdrawnAt) {
}
