package org.prossima.solver.foodrecovery;

import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.IndexShadowVariable;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

/**
 * Planning value of {@link Vehicle#getStops()}: a stop in a route, either a pickup at a donor or a
 * drop-off at a recipient, with the vehicle making it and its position. The arrival time is a
 * declarative shadow variable; service start and departure follow from it. A pickup left out is
 * food left behind; a drop-off left out is simply a visit not needed.
 */
@PlanningEntity
public class Stop {

    @PlanningId
    private String id;
    private int location;
    private List<TimeWindow> windows;
    private long serviceSeconds;
    private int kg;
    private Compartment compartment;
    private long maxSecondsOnBoard;
    private int perishabilityWeight;
    private Set<String> requiredSkills;
    /** The pickup this stop makes, or null for a drop-off. */
    private PickupSpec pickup;
    /** The recipient this stop delivers to, or null for a pickup. */
    private RecipientSpec recipient;
    /** Position in the solution's stop list, dense from 0: the index into per-solve arrays (neighbour lists). */
    int ordinal;

    @InverseRelationShadowVariable(sourceVariableName = "stops")
    private Vehicle vehicle;
    @PreviousElementShadowVariable(sourceVariableName = "stops")
    private Stop previous;
    @NextElementShadowVariable(sourceVariableName = "stops")
    private Stop next;
    @IndexShadowVariable(sourceVariableName = "stops")
    private Integer index;
    @ShadowVariable(supplierName = "arrivalTimeSupplier")
    private Long arrivalTime;

    @SuppressWarnings("unused") // for Timefold's solution cloner
    Stop() {
    }

    Stop(PickupSpec spec) {
        this.id = spec.id();
        this.location = spec.location();
        this.windows = spec.windows();
        this.serviceSeconds = spec.serviceSeconds();
        this.kg = spec.kg();
        this.compartment = spec.compartment();
        this.maxSecondsOnBoard = spec.maxSecondsOnBoard();
        this.perishabilityWeight = spec.perishabilityWeight();
        this.requiredSkills = spec.requiredSkills();
        this.pickup = spec;
    }

    /** The {@code n}-th possible drop-off at a recipient. */
    Stop(RecipientSpec recipient, int n) {
        this.id = FoodRecoveryProblem.dropOffId(recipient.id(), n);
        this.location = recipient.location();
        this.windows = recipient.windows();
        this.serviceSeconds = recipient.serviceSeconds();
        this.requiredSkills = Set.of();
        this.recipient = recipient;
    }

    public boolean isPickup() {
        return pickup != null;
    }

    public boolean isDropOff() {
        return recipient != null;
    }

    /** Null for a drop-off. */
    public PickupSpec getPickup() {
        return pickup;
    }

    /** Null for a pickup. */
    public RecipientSpec getRecipient() {
        return recipient;
    }

    @ShadowSources({"vehicle", "previous.arrivalTime"})
    public Long arrivalTimeSupplier() {
        if (vehicle == null) {
            return null;
        }
        if (previous == null) {
            return vehicle.getShiftStart()
                    + vehicle.getMatrix().travelSeconds(vehicle.getStartLocation(), location);
        }
        Long previousDeparture = previous.getDepartureTime();
        return previousDeparture == null ? null
                : previousDeparture + vehicle.getMatrix().travelSeconds(previous.location, location);
    }

    /**
     * Service starts on arrival inside a window, or when the next window opens if the vehicle
     * arrives early or between windows. Null when unassigned.
     */
    public Long getServiceStart() {
        return arrivalTime == null ? null : PickupSpec.serviceStart(windows, arrivalTime);
    }

    public Long getDepartureTime() {
        return arrivalTime == null ? null : PickupSpec.serviceStart(windows, arrivalTime) + serviceSeconds;
    }

    /** Seconds the arrival is after the last window's end, 0 when on time or unassigned. */
    public long getLateSeconds() {
        return arrivalTime == null ? 0 : Math.max(0, arrivalTime - getWindowEnd());
    }

    /** Kg counted when this pickup is left uncollected: kg × perishability weight. */
    public long getWeightedKg() {
        return (long) kg * perishabilityWeight;
    }

    /** Required skills the vehicle collecting this pickup lacks; 0 when unassigned. */
    public int getMissingSkillCount() {
        if (vehicle == null || requiredSkills.isEmpty()) {
            return 0;
        }
        return (int) requiredSkills.stream().filter(skill -> !vehicle.getSkills().contains(skill)).count();
    }

    /** Whether the vehicle collecting this pickup has no space of the food's compartment. */
    public boolean isInMissingCompartment() {
        return vehicle != null && pickup != null && !vehicle.getCapacity().carries(compartment);
    }

    public boolean isLast() {
        return vehicle != null && next == null;
    }

    /** Arrival at the vehicle's end location when this is the route's last pickup. */
    public long getReturnTime() {
        return getDepartureTime() + vehicle.getMatrix().travelSeconds(location, vehicle.getEndLocation());
    }

    /** Seconds the vehicle returns after its shift end, counted on the route's last pickup only. */
    public long getShiftOvertimeSeconds() {
        if (!isLast() || arrivalTime == null) {
            return 0;
        }
        return Math.max(0, getReturnTime() - vehicle.getShiftEnd());
    }

    /** Travel seconds of the leg to this pickup, plus the leg back to the end location if it is the last one. */
    public long getTravelSeconds() {
        if (vehicle == null) {
            return 0;
        }
        var matrix = vehicle.getMatrix();
        int from = previous == null ? vehicle.getStartLocation() : previous.location;
        long seconds = matrix.travelSeconds(from, location);
        if (next == null) {
            seconds += matrix.travelSeconds(location, vehicle.getEndLocation());
        }
        return seconds;
    }

    public String getId() {
        return id;
    }

    public int getLocation() {
        return location;
    }

    /** When the last window closes. */
    public long getWindowEnd() {
        return windows.getLast().end();
    }

    public List<TimeWindow> getWindows() {
        return windows;
    }

    public Compartment getCompartment() {
        return compartment;
    }

    public long getMaxSecondsOnBoard() {
        return maxSecondsOnBoard;
    }

    public Set<String> getRequiredSkills() {
        return requiredSkills;
    }

    public long getServiceSeconds() {
        return serviceSeconds;
    }

    public int getKg() {
        return kg;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    public void setVehicle(Vehicle vehicle) {
        this.vehicle = vehicle;
    }

    public Stop getPrevious() {
        return previous;
    }

    public void setPrevious(Stop previous) {
        this.previous = previous;
    }

    public Stop getNext() {
        return next;
    }

    public void setNext(Stop next) {
        this.next = next;
    }

    /** Position in the vehicle's route, null when unassigned. */
    public Integer getIndex() {
        return index;
    }

    public void setIndex(Integer index) {
        this.index = index;
    }

    public Long getArrivalTime() {
        return arrivalTime;
    }

    public void setArrivalTime(Long arrivalTime) {
        this.arrivalTime = arrivalTime;
    }

    @Override
    public String toString() {
        return id;
    }
}
