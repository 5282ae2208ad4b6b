package org.prossima.api.placement;

import org.prossima.api.error.FieldProblem;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.placement.TutorRepository;
import org.prossima.data.placement.TutorRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to opportunities and tutors, each in one transaction that keeps room for accepted placements. */
@Service
class RosterWrites {

    private final OpportunityRepository opportunities;
    private final TutorRepository tutors;
    private final Capacities capacities;

    RosterWrites(OpportunityRepository opportunities, TutorRepository tutors, Capacities capacities) {
        this.opportunities = opportunities;
        this.tutors = tutors;
        this.capacities = capacities;
    }

    @Transactional
    public void updateOpportunity(OpportunityRow row) {
        OpportunityRow before = opportunities.lock(row.id()).orElseThrow(() -> OpportunityController.notFound(row.id()));
        FieldProblem problem = capacities.opportunityProblem(before, row);
        if (problem != null) {
            throw Capacities.conflict(problem);
        }
        opportunities.update(row);
    }

    @Transactional
    public void updateTutor(TutorRow row) {
        tutors.lock(row.id()).orElseThrow(() -> TutorController.notFound(row.id()));
        FieldProblem problem = capacities.tutorProblem(row);
        if (problem != null) {
            throw Capacities.conflict(problem);
        }
        tutors.update(row);
    }
}
