package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

import org.prossima.solver.travel.TravelTimeMatrix;

/** Planning entity: a vehicle and the stops it collects, in order. */
@PlanningEntity
public class Vehicle {

    @PlanningId
    private String id;
    private Capacity capacity;
    private int startLocation;
    private int endLocation;
    private long shiftStart;
    private long shiftEnd;
    private long maxRouteSeconds;
    private Set<String> skills;
    private TravelTimeMatrix matrix;
    /** Pickups before this index are done or confirmed and stay where they are. */
    @PlanningPinToIndex
    private int pinIndex;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Stop> stops = new ArrayList<>();

    @SuppressWarnings("unused") // for Timefold's solution cloner
    Vehicle() {
    }

    Vehicle(VehicleSpec spec, TravelTimeMatrix matrix) {
        this.id = spec.id();
        this.capacity = spec.capacity();
        this.startLocation = spec.startLocation();
        this.endLocation = spec.endLocation();
        this.shiftStart = spec.shiftStart();
        this.shiftEnd = spec.shiftEnd();
        this.maxRouteSeconds = spec.maxRouteSeconds();
        this.skills = spec.skills();
        this.matrix = matrix;
    }

    public String getId() {
        return id;
    }

    public Capacity getCapacity() {
        return capacity;
    }

    public long getMaxRouteSeconds() {
        return maxRouteSeconds;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public int getPinIndex() {
        return pinIndex;
    }

    void pin(List<Stop> pinned) {
        stops.addAll(pinned);
        pinIndex = pinned.size();
    }

    /** When the vehicle is back at its end location: its shift start when it stays home. */
    public long getReturnTime() {
        return stops.isEmpty() ? shiftStart : stops.getLast().getReturnTime();
    }

    /** Seconds the route lasts beyond its maximum duration; 0 without a maximum. */
    public long getRouteOverrunSeconds() {
        if (maxRouteSeconds == 0 || stops.isEmpty() || stops.getLast().getArrivalTime() == null) {
            return 0;
        }
        return Math.max(0, getReturnTime() - shiftStart - maxRouteSeconds);
    }

    /**
     * Follows the food along the route: loads per compartment after every stop, lots handed over
     * at each drop-off (every lot on board that may go to that recipient and that it can store),
     * lots kept to the end location (allowed when bound for no particular recipient), and the time
     * each lot spends on board until it is delivered. Lots in a compartment the vehicle lacks are
     * left to the missing-compartment constraint.
     */
    public RouteLoad getLoad() {
        if (stops.isEmpty() || stops.getLast().getArrivalTime() == null) {
            return RouteLoad.EMPTY;
        }
        List<Stop> onBoard = new ArrayList<>();
        long[] load = new long[Compartment.values().length];
        long excess = 0;
        long perishabilityMinutes = 0;
        List<Delivery> deliveries = new ArrayList<>();
        for (Stop stop : stops) {
            if (stop.isPickup()) {
                if (capacity.carries(stop.getCompartment())) {
                    onBoard.add(stop);
                    load[stop.getCompartment().ordinal()] += stop.getKg();
                    excess = Math.max(excess, capacity.excessKg(load[0], load[1], load[2]));
                }
                continue;
            }
            RecipientSpec recipient = stop.getRecipient();
            for (var lots = onBoard.iterator(); lots.hasNext(); ) {
                Stop lot = lots.next();
                if (lot.getPickup().deliverableTo(recipient.id(), recipient.accepts())) {
                    lots.remove();
                    load[lot.getCompartment().ordinal()] -= lot.getKg();
                    deliveries.add(new Delivery(recipient, lot.getId(), lot.getKg()));
                    perishabilityMinutes += minutesOver(lot, stop.getArrivalTime());
                }
            }
        }
        long returnTime = getReturnTime();
        long undelivered = 0;
        for (Stop lot : onBoard) {
            if (lot.getPickup().deliverableToRouteEnd()) {
                perishabilityMinutes += minutesOver(lot, returnTime);
            } else {
                undelivered += lot.getKg();
            }
        }
        return new RouteLoad(excess, perishabilityMinutes, undelivered, deliveries);
    }

    private static long minutesOver(Stop lot, long deliveredAt) {
        if (lot.getMaxSecondsOnBoard() == 0) {
            return 0;
        }
        long over = deliveredAt - lot.getDepartureTime() - lot.getMaxSecondsOnBoard();
        return over > 0 ? Math.ceilDiv(over, 60) : 0;
    }

    public int getStartLocation() {
        return startLocation;
    }

    public int getEndLocation() {
        return endLocation;
    }

    public long getShiftStart() {
        return shiftStart;
    }

    public long getShiftEnd() {
        return shiftEnd;
    }

    public TravelTimeMatrix getMatrix() {
        return matrix;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public void setStops(List<Stop> stops) {
        this.stops = stops;
    }

    @Override
    public String toString() {
        return id;
    }
}
