package org.prossima.data.support;

/** What economic support a measure gives. */
public enum MeasureKind {
    /** Economic aid of a comune (contributo economico comunale). */
    MUNICIPAL_ECONOMIC_AID,
    /** Support linked to the Assegno di inclusione (ADI). */
    ADI_LINKED_SUPPORT,
    /** Any other measure the consortium keeps. */
    OTHER
}
