package org.prossima.solver.travel;

/**
 * How a route is travelled, with the average speed used when travel times are estimated from straight-line
 * distances (no road network).
 */
public enum TravelProfile {

    /** A volunteer's car: 50 km/h averages fast valley roads with slow village centres and mountain bends. */
    CAR(50.0),
    /** A (refrigerated) van: 40 km/h, slower than a car on the same roads and it parks and manoeuvres longer. */
    VAN(40.0),
    /** Walking: 4.5 km/h, a usual average walking pace that also fits older people. */
    FOOT(4.5),
    /**
     * Public transport and walking, door to door: 15 km/h averages the walk to the stop, the wait and slow rural
     * bus lines. Only ever a labelled estimate until real timetables are loaded.
     */
    TRANSIT(15.0);

    private final double defaultSpeedKmh;

    TravelProfile(double defaultSpeedKmh) {
        this.defaultSpeedKmh = defaultSpeedKmh;
    }

    /** Average speed in km/h used by straight-line estimates. */
    public double defaultSpeedKmh() {
        return defaultSpeedKmh;
    }
}
