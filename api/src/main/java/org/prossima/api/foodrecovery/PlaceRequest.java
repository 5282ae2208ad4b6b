package org.prossima.api.foodrecovery;

/** Something posted with a place: coordinates or the ISTAT code of a comune, not both. */
interface PlaceRequest {

    String id();

    Double lat();

    Double lon();

    String istatCode();
}
