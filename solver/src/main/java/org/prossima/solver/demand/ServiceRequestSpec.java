package org.prossima.solver.demand;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A company's request for a service its employees need.
 *
 * @param id              unique
 * @param companyId       the requesting company
 * @param serviceType     the service
 * @param weeklyHours     hours of service per week, 1..200
 * @param place           index of where the service is needed in the problem's places
 * @param from            first day of the period
 * @param until           last day of the period, not before {@code from}
 * @param employeesServed employees who benefit, 1..10,000
 */
public record ServiceRequestSpec(String id, String companyId, ServiceType serviceType, int weeklyHours, int place,
        LocalDate from, LocalDate until, int employeesServed) {

    public ServiceRequestSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("request id must not be blank");
        }
        if (companyId == null || companyId.isBlank()) {
            throw new IllegalArgumentException("request " + id + ": companyId must not be blank");
        }
        Objects.requireNonNull(serviceType, "request " + id + ": serviceType");
        if (weeklyHours < 1 || weeklyHours > 200) {
            throw new IllegalArgumentException("request " + id + ": weeklyHours must be within [1, 200]: "
                    + weeklyHours);
        }
        if (place < 0) {
            throw new IllegalArgumentException("request " + id + ": place must not be negative: " + place);
        }
        Objects.requireNonNull(from, "request " + id + ": from");
        Objects.requireNonNull(until, "request " + id + ": until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("request " + id + ": until " + until + " is before from " + from);
        }
        if (employeesServed < 1 || employeesServed > 10_000) {
            throw new IllegalArgumentException("request " + id + ": employeesServed must be within [1, 10000]: "
                    + employeesServed);
        }
    }
}
