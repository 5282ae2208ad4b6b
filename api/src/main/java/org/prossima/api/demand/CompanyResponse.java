package org.prossima.api.demand;

import java.time.OffsetDateTime;

import org.prossima.data.demand.Company;

/** A company posting service requests; {@code istatCode} is null when its comune is not known. */
public record CompanyResponse(String id, String name, String istatCode, OffsetDateTime createdAt) {

    static CompanyResponse of(Company company) {
        return new CompanyResponse(company.id(), company.name(), company.istatCode(), company.createdAt());
    }
}
