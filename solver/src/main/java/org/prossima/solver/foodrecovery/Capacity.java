package org.prossima.solver.foodrecovery;

/**
 * What a vehicle can carry, kg per compartment. A volunteer's car has ambient space only; a
 * refrigerated van has chilled (and perhaps frozen) space.
 */
public record Capacity(int ambientKg, int chilledKg, int frozenKg) {

    public Capacity {
        if (ambientKg < 0 || chilledKg < 0 || frozenKg < 0) {
            throw new IllegalArgumentException("capacities must not be negative: ambient " + ambientKg
                    + ", chilled " + chilledKg + ", frozen " + frozenKg);
        }
        if (ambientKg + chilledKg + frozenKg == 0) {
            throw new IllegalArgumentException("a vehicle must carry something: all capacities are 0");
        }
    }

    /** Ambient space only, as in a volunteer's car. */
    public static Capacity ambient(int kg) {
        return new Capacity(kg, 0, 0);
    }

    public int totalKg() {
        return ambientKg + chilledKg + frozenKg;
    }

    /** Whether food of this compartment can travel in the vehicle at all. */
    public boolean carries(Compartment compartment) {
        return switch (compartment) {
            case AMBIENT -> ambientKg + chilledKg > 0;
            case CHILLED -> chilledKg > 0;
            case FROZEN -> frozenKg > 0;
        };
    }

    /**
     * Kg over capacity for these loads: frozen over the freezer, chilled over the chilled space,
     * and ambient plus chilled over the ambient and chilled space together.
     */
    public long excessKg(long ambientLoad, long chilledLoad, long frozenLoad) {
        long frozenExcess = Math.max(0, frozenLoad - frozenKg);
        long chilledExcess = Math.max(0, chilledLoad - chilledKg);
        long sharedExcess = Math.max(0, ambientLoad + Math.min(chilledLoad, chilledKg) - (ambientKg + chilledKg));
        return frozenExcess + chilledExcess + sharedExcess;
    }
}
