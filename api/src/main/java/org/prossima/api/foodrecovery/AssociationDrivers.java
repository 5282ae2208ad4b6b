package org.prossima.api.foodrecovery;

import java.util.Optional;
import java.util.function.Predicate;

import org.prossima.api.error.ForbiddenFieldException;
import org.prossima.api.security.Caller;
import org.prossima.data.security.AppUser;
import org.prossima.data.security.Role;
import org.prossima.data.security.UserRepository;
import org.springframework.stereotype.Component;

/**
 * The association a dispatcher or driver works for, and the volunteers who may drive its vehicles: users with role
 * DRIVER of the same association, enabled. With an identity provider there are no users here, so no vehicle can
 * name a driver yet.
 */
@Component
class AssociationDrivers {

    /** The demo's driver (a demo user): they drive a vehicle of the demo problem of their own association. */
    static final String DEMO_DRIVER = "driver";

    private final UserRepository users;

    AssociationDrivers(UserRepository users) {
        this.users = users;
    }

    /** The caller's association; 403 when their account names none. */
    static String association(Caller caller) {
        if (caller.organisation() == null) {
            throw new ForbiddenFieldException(null, "Your account belongs to no association",
                    "ask an administrator to set the organisation of your user to your association's id");
        }
        return caller.organisation();
    }

    /** Whether a username is a driver of the association. */
    Predicate<String> of(String association) {
        return username -> users.findByUsername(username).filter(user -> drives(user, association)).isPresent();
    }

    /** The demo's driver, when they drive for this association. */
    Optional<String> demoDriver(String association) {
        return Optional.of(DEMO_DRIVER).filter(of(association));
    }

    private static boolean drives(AppUser user, String association) {
        return user.enabled() && user.role() == Role.DRIVER && association.equals(user.organisation());
    }
}
