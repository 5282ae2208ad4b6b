package org.prossima.solver.placement;

import org.prossima.solver.travel.TravelProfile;

/** How a candidate gets to work, and so which travel times bound the commute. */
public enum Mobility {
    /** Drives their own car. */
    OWN_CAR(TravelProfile.CAR),
    /** Public transport and walking only (most candidates: no car or no licence). */
    PUBLIC_TRANSPORT_AND_WALKING(TravelProfile.TRANSIT),
    /**
     * Cannot travel alone: an educator or volunteer accompanies them by car (the consortium's transport service),
     * so the car's travel times apply.
     */
    NEEDS_ACCOMPANIMENT(TravelProfile.CAR);

    private final TravelProfile travelProfile;

    Mobility(TravelProfile travelProfile) {
        this.travelProfile = travelProfile;
    }

    /** The travel profile whose times bound this candidate's commute. */
    public TravelProfile travelProfile() {
        return travelProfile;
    }
}
