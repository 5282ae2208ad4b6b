package org.prossima.api.demand;

/**
 * A place as posted: the comune by {@code istatCode} or by name ({@code comune}), and/or coordinates ({@code lat},
 * {@code lon}, WGS84). With a comune only, its town hall is used; with coordinates only, the comune stays unknown.
 */
interface PlaceInput {

    String istatCode();

    String comune();

    Double lat();

    Double lon();
}
