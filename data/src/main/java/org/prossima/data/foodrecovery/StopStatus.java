package org.prossima.data.foodrecovery;

/** What a volunteer driver reports at a pickup: the lot was collected, or there was nothing to collect. */
public enum StopStatus {
    COLLECTED,
    NOT_AVAILABLE
}
