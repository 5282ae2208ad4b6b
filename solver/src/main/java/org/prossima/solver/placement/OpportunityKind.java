package org.prossima.solver.placement;

/** What a placement opportunity is. */
public enum OpportunityKind {
    /** A work-inclusion internship (tirocinio di inclusione) at a company, with a monthly allowance. */
    INCLUSION_INTERNSHIP,
    /** A job at a type-B social cooperative (cooperativa sociale di tipo B). */
    COOPERATIVE_JOB,
    /** A community activity (attività di pubblica utilità, volunteering with a tutor). */
    COMMUNITY_ACTIVITY
}
