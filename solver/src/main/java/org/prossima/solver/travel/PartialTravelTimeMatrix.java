package org.prossima.solver.travel;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Travel figures over a list of places of which only some could be routed: the routed ones take their figures from
 * an inner matrix over them alone, the others have none ({@link #routable} is false and asking for their figures
 * throws). So a plan can keep the places' original indexes and leave out, saying why, those without travel times,
 * instead of giving them a guessed value.
 */
public final class PartialTravelTimeMatrix implements TravelTimeMatrix {

    /** In {@code innerIndexes}: the place has no figures. */
    public static final int UNROUTABLE = -1;

    private final TravelTimeMatrix inner;
    private final int[] innerIndexes;

    /**
     * @param inner        figures between the routed places
     * @param innerIndexes for each place, its index in {@code inner}, or {@link #UNROUTABLE}; copied
     */
    public PartialTravelTimeMatrix(TravelTimeMatrix inner, int[] innerIndexes) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.innerIndexes = innerIndexes.clone();
        for (int i = 0; i < this.innerIndexes.length; i++) {
            int at = this.innerIndexes[i];
            if (at != UNROUTABLE && (at < 0 || at >= inner.size())) {
                throw new IllegalArgumentException("place " + i + " maps to index " + at + " of a matrix of "
                        + inner.size() + " places");
            }
        }
    }

    /**
     * The matrix over {@code size} places whose routed ones, in increasing order, are {@code routedPlaces}: the
     * i-th of them is index i of {@code inner}. Returns {@code inner} itself when every place is routed.
     */
    public static TravelTimeMatrix of(TravelTimeMatrix inner, int size, List<Integer> routedPlaces) {
        if (routedPlaces.size() != inner.size()) {
            throw new IllegalArgumentException(routedPlaces.size() + " routed places for a matrix of " + inner.size());
        }
        if (routedPlaces.size() == size) {
            return inner;
        }
        int[] innerIndexes = new int[size];
        Arrays.fill(innerIndexes, UNROUTABLE);
        for (int k = 0; k < routedPlaces.size(); k++) {
            innerIndexes[Objects.checkIndex(routedPlaces.get(k), size)] = k;
        }
        return new PartialTravelTimeMatrix(inner, innerIndexes);
    }

    @Override
    public int size() {
        return innerIndexes.length;
    }

    @Override
    public boolean routable(int index) {
        return innerIndexes[Objects.checkIndex(index, innerIndexes.length)] != UNROUTABLE;
    }

    private int inner(int index) {
        int at = innerIndexes[Objects.checkIndex(index, innerIndexes.length)];
        if (at == UNROUTABLE) {
            throw new IllegalStateException("place " + index + " has no travel figures: it could not be routed ("
                    + inner.source() + "); leave it out of the plan and report it");
        }
        return at;
    }

    @Override
    public long travelSeconds(int from, int to) {
        return inner.travelSeconds(inner(from), inner(to));
    }

    @Override
    public long distanceMetres(int from, int to) {
        return inner.distanceMetres(inner(from), inner(to));
    }

    @Override
    public TravelProfile profile() {
        return inner.profile();
    }

    @Override
    public String source() {
        return inner.source();
    }

    @Override
    public boolean estimate() {
        return inner.estimate();
    }

    @Override
    public boolean roadBased() {
        return inner.roadBased();
    }

    @Override
    public String toString() {
        long routed = Arrays.stream(innerIndexes).filter(i -> i != UNROUTABLE).count();
        return "PartialTravelTimeMatrix[" + routed + " of " + innerIndexes.length + " places routed, " + source() + "]";
    }
}
