package org.prossima.data.demand;

import java.time.LocalDate;

import org.prossima.solver.demand.ServiceType;

/**
 * A service request to store, already checked. The company is given by {@code companyId} (an existing company) or by
 * {@code companyName} (found ignoring case, or created in the request's comune), exactly one of them.
 */
public record NewServiceRequest(String companyId, String companyName, ServiceType serviceType, int weeklyHours,
        DemandPlace place, LocalDate startsOn, LocalDate endsOn, int employeesServed, String notes) {

    public NewServiceRequest {
        if ((companyId == null) == (companyName == null)) {
            throw new IllegalArgumentException("give exactly one of companyId and companyName");
        }
    }
}
