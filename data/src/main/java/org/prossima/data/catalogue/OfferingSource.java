package org.prossima.data.catalogue;

/**
 * Where an offering comes from. The catalogue's own offerings are written through the catalogue;
 * the others are published by the capability that owns them (placement matching, aggregated
 * demand) under their id there, and show that capability's live seats.
 */
public enum OfferingSource {
    /** Written in the catalogue by an operator. */
    CATALOGUE,
    /** A placement opportunity (tirocinio di inclusione, community activity) with seats left. */
    PLACEMENT_OPPORTUNITY,
    /** A job at a type-B social cooperative, e.g. created by an allocated lot of aggregated demand. */
    COOPERATIVE_JOB
}
