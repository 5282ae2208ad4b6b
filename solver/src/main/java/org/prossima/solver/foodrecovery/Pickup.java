package org.prossima.solver.foodrecovery;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

/**
 * Planning value of {@link Vehicle#getPickups()}: a pickup, the vehicle collecting it and its position in the route.
 * The arrival time is a declarative shadow variable; service start and departure follow from it.
 */
@PlanningEntity
public class Pickup {

    @PlanningId
    private String id;
    private int location;
    private long windowStart;
    private long windowEnd;
    private long serviceSeconds;
    private int kg;

    @InverseRelationShadowVariable(sourceVariableName = "pickups")
    private Vehicle vehicle;
    @PreviousElementShadowVariable(sourceVariableName = "pickups")
    private Pickup previous;
    @NextElementShadowVariable(sourceVariableName = "pickups")
    private Pickup next;
    @ShadowVariable(supplierName = "arrivalTimeSupplier")
    private Long arrivalTime;

    @SuppressWarnings("unused") // for Timefold's solution cloner
    Pickup() {
    }

    Pickup(PickupSpec spec) {
        this.id = spec.id();
        this.location = spec.location();
        this.windowStart = spec.windowStart();
        this.windowEnd = spec.windowEnd();
        this.serviceSeconds = spec.serviceSeconds();
        this.kg = spec.kg();
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

    /** Service starts on arrival, or when the window opens if the vehicle arrives early. Null when unassigned. */
    public Long getServiceStart() {
        return arrivalTime == null ? null : Math.max(arrivalTime, windowStart);
    }

    public Long getDepartureTime() {
        return arrivalTime == null ? null : Math.max(arrivalTime, windowStart) + serviceSeconds;
    }

    /** Seconds the arrival is after the window's end, 0 when on time or unassigned. */
    public long getLateSeconds() {
        return arrivalTime == null ? 0 : Math.max(0, arrivalTime - windowEnd);
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

    public long getWindowStart() {
        return windowStart;
    }

    public long getWindowEnd() {
        return windowEnd;
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

    public Pickup getPrevious() {
        return previous;
    }

    public void setPrevious(Pickup previous) {
        this.previous = previous;
    }

    public Pickup getNext() {
        return next;
    }

    public void setNext(Pickup next) {
        this.next = next;
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
