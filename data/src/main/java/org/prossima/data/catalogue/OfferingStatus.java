package org.prossima.data.catalogue;

/** An offering is searchable while active; a withdrawn one stays readable by id only. */
public enum OfferingStatus {
    ACTIVE,
    WITHDRAWN
}
