package org.prossima.api.web.company;

import org.prossima.api.demand.ServiceRequestResponse;

/**
 * One of the company's requests and where it stands: {@code ACTIVE}, {@code WITHDRAWN} or {@code ENDED} (its period
 * is over), and the lot it is in (null when withdrawn, ended, or in no lot yet).
 */
record RequestStanding(ServiceRequestResponse request, String state, LotShare lot) {

    static final String ENDED = "ENDED";

    public boolean withdrawable() {
        return "ACTIVE".equals(state);
    }
}
