package org.prossima.api.demand;

import org.prossima.solver.demand.ServiceType;

/** A service of the taxonomy: its code, labels (Italian first) and the placement sector of the work it creates. */
public record ServiceTypeResponse(String code, String label, String labelEn, String sector) {

    static ServiceTypeResponse of(ServiceType type) {
        return new ServiceTypeResponse(type.name(), type.italian(), type.english(), type.sector());
    }
}
