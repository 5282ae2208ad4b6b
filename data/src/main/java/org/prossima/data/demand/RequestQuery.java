package org.prossima.data.demand;

import org.prossima.solver.demand.ServiceType;

/**
 * Filters of a request listing; a null filter does not restrict.
 *
 * @param page 0-based
 * @param size rows per page
 */
public record RequestQuery(ServiceType serviceType, String istatCode, RequestStatus status, String companyId,
        int page, int size) {
}
