package org.prossima.api.demand;

import org.prossima.api.text.Texts;
import org.prossima.solver.demand.ServiceType;

/** A service of the taxonomy: its code, its label in the request's language, the placement sector of its work. */
public record ServiceTypeResponse(String code, String label, String sector) {

    static ServiceTypeResponse of(ServiceType type, Texts texts) {
        return new ServiceTypeResponse(type.name(), texts.render(type.label()), type.sector());
    }
}
