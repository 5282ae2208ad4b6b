package org.prossima.solver.placement;

/** The programme under which a candidate follows an inclusion path. */
public enum Programme {
    /** Assegno di Inclusione (income support for households in poverty). */
    ADI,
    /** Supporto per la Formazione e il Lavoro (support for training and work). */
    SFL,
    /** Targeted placement of people with disabilities under law 68/1999 (collocamento mirato). */
    LAW_68_1999,
    /** A path of the consortium's own, outside a national programme. */
    NONE
}
