package org.prossima.travel.roads;

import org.prossima.solver.travel.AbstractFlatTravelTimeMatrix;
import org.prossima.solver.travel.TravelProfile;

/**
 * Travel times and distances on the road network (GraphHopper on OpenStreetMap) between locations that all snapped
 * to a road and reach one another. Whole seconds and metres are rounded from the path's milliseconds and metres,
 * which {@link #travelMillis} and {@link #exactMetres} give unrounded. Immutable.
 */
public final class RoadTravelTimeMatrix extends AbstractFlatTravelTimeMatrix {

    /** The arrays are row-major over {@code size} locations and kept, not copied. */
    public RoadTravelTimeMatrix(int size, long[] millis, double[] metres, TravelProfile profile, String source) {
        super(size, millis, metres, profile, source);
    }

    @Override
    public boolean estimate() {
        return false;
    }

    @Override
    public boolean roadBased() {
        return true;
    }
}
