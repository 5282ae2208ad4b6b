package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

import org.prossima.solver.geo.TravelTimeMatrix;

/** Planning entity: a vehicle and the pickups it collects, in order. */
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
    private List<Pickup> pickups = new ArrayList<>();

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

    void pin(List<Pickup> pinned) {
        pickups.addAll(pinned);
        pinIndex = pinned.size();
    }

    /** When the vehicle is back at its end location: its shift start when it stays home. */
    public long getReturnTime() {
        return pickups.isEmpty() ? shiftStart : pickups.getLast().getReturnTime();
    }

    /** Seconds the route lasts beyond its maximum duration; 0 without a maximum. */
    public long getRouteOverrunSeconds() {
        if (maxRouteSeconds == 0 || pickups.isEmpty() || pickups.getLast().getArrivalTime() == null) {
            return 0;
        }
        return Math.max(0, getReturnTime() - shiftStart - maxRouteSeconds);
    }

    /**
     * Minutes (each started minute counts) that perishable pickups spend on board beyond their
     * limit, from leaving the donor to arriving at the end location where the food is delivered.
     */
    public long getPerishabilityOverrunMinutes() {
        if (pickups.isEmpty() || pickups.getLast().getArrivalTime() == null) {
            return 0;
        }
        long returnTime = getReturnTime();
        long minutes = 0;
        for (Pickup pickup : pickups) {
            if (pickup.getMaxSecondsOnBoard() > 0) {
                long over = returnTime - pickup.getDepartureTime() - pickup.getMaxSecondsOnBoard();
                minutes += over > 0 ? Math.ceilDiv(over, 60) : 0;
            }
        }
        return minutes;
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

    public List<Pickup> getPickups() {
        return pickups;
    }

    public void setPickups(List<Pickup> pickups) {
        this.pickups = pickups;
    }

    @Override
    public String toString() {
        return id;
    }
}
