package org.prossima.data.demand;

import org.prossima.solver.demand.ServiceType;

/**
 * Filters of a request listing; a null filter does not restrict.
 *
 * @param offset the first row of the page, counting from 0
 * @param limit  rows per page
 */
public record RequestQuery(ServiceType serviceType, String istatCode, RequestStatus status, String companyId,
        long offset, int limit) {
}
