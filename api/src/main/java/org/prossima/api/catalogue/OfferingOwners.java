package org.prossima.api.catalogue;

import org.prossima.api.error.ForbiddenFieldException;
import org.prossima.api.security.Caller;
import org.prossima.data.security.Role;

/**
 * Whose a catalogue offering is: a coordinator writes their own consortium's offerings only (an offering they post
 * without a consortium is theirs; one naming another consortium is refused, 403 naming {@code consortium}); an
 * administrator writes any, the whole ASL's included.
 */
final class OfferingOwners {

    private OfferingOwners() {
    }

    /** The offering as the caller may write it. */
    static OfferingRequest owned(OfferingRequest request, Caller caller) {
        if (!caller.is(Role.COORDINATOR)) {
            return request;
        }
        if (request.consortium() == null) {
            return request.withConsortium(caller.consortium());
        }
        if (!request.consortium().equals(caller.consortium())) {
            throw new ForbiddenFieldException("consortium", "You write the offerings of your own consortium only",
                    "leave consortium out, or give " + caller.consortium());
        }
        return request;
    }
}
