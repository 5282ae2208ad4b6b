package org.prossima.solver.foodrecovery;

/**
 * A vehicle (volunteer car or refrigerated van) available for one shift.
 *
 * @param id            unique among the problem's vehicles
 * @param capacityKg    how much food it can carry, kg, positive
 * @param startLocation index into the problem's travel-time matrix where the shift starts
 * @param endLocation   index into the matrix where the shift ends (where collected food is delivered)
 * @param shiftStart    when the vehicle leaves its start location, seconds on the problem's timeline
 * @param shiftEnd      latest return to the end location, seconds on the same timeline
 */
public record VehicleSpec(String id, int capacityKg, int startLocation, int endLocation, long shiftStart,
        long shiftEnd) {

    public VehicleSpec {
        Checks.requireId(id, "vehicle");
        if (capacityKg <= 0) {
            throw new IllegalArgumentException("vehicle " + id + ": capacityKg must be positive: " + capacityKg);
        }
        Checks.requireLocation(startLocation, "vehicle " + id + ": startLocation");
        Checks.requireLocation(endLocation, "vehicle " + id + ": endLocation");
        if (shiftEnd < shiftStart) {
            throw new IllegalArgumentException("vehicle " + id + ": shiftEnd " + shiftEnd
                    + " is before shiftStart " + shiftStart);
        }
    }
}
