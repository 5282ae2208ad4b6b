package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

import org.prossima.solver.geo.TravelTimeMatrix;

/** Planning entity: a vehicle and the pickups it collects, in order. */
@PlanningEntity
public class Vehicle {

    @PlanningId
    private String id;
    private int capacityKg;
    private int startLocation;
    private int endLocation;
    private long shiftStart;
    private long shiftEnd;
    private TravelTimeMatrix matrix;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Pickup> pickups = new ArrayList<>();

    @SuppressWarnings("unused") // for Timefold's solution cloner
    Vehicle() {
    }

    Vehicle(VehicleSpec spec, TravelTimeMatrix matrix) {
        this.id = spec.id();
        this.capacityKg = spec.capacityKg();
        this.startLocation = spec.startLocation();
        this.endLocation = spec.endLocation();
        this.shiftStart = spec.shiftStart();
        this.shiftEnd = spec.shiftEnd();
        this.matrix = matrix;
    }

    public String getId() {
        return id;
    }

    public int getCapacityKg() {
        return capacityKg;
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
