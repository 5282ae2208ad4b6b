package org.prossima.data.demand;

/** Whether a service request still counts towards the lots. */
public enum RequestStatus {
    /** Counts towards the lots while its period has not ended. */
    ACTIVE,
    /** Withdrawn by the company: kept for the record, never in a lot again. */
    WITHDRAWN
}
