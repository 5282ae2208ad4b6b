package org.prossima.api.placement.roster;

import java.util.List;

import org.prossima.api.error.FieldProblem;
import org.prossima.data.publishing.OpportunityPublishing;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.placement.TutorRepository;
import org.prossima.data.placement.TutorRow;
import org.prossima.data.security.AccessScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to opportunities and tutors that must keep room for accepted placements: the row is locked, checked
 * against the people accepted and changed in one transaction.
 */
@Service
class RosterWrites {

    private final OpportunityRepository opportunities;
    private final TutorRepository tutors;
    private final SeatsHeld seatsHeld;
    private final OpportunityPublishing catalogue;

    RosterWrites(OpportunityRepository opportunities, TutorRepository tutors, SeatsHeld seatsHeld,
            OpportunityPublishing catalogue) {
        this.catalogue = catalogue;
        this.opportunities = opportunities;
        this.tutors = tutors;
        this.seatsHeld = seatsHeld;
    }

    /** Replaces an opportunity the scope may change, keeping room for the people accepted there. */
    @Transactional
    public void updateOpportunity(AccessScope scope, OpportunityRow row) {
        OpportunityRow before = opportunities.lock(scope, row.id())
                .orElseThrow(() -> OpportunityController.notFound(row.id()));
        FieldProblem problem = seatsHeld.opportunityProblem(scope, before, row);
        if (problem != null) {
            throw SeatsHeld.conflict(problem);
        }
        if (!opportunities.update(scope, row)) {
            throw OpportunityController.notYours(before);
        }
        catalogue.publish(List.of(row.id()));
    }

    /** Replaces a tutor of the scope's consortium, keeping room for the people accepted with them. */
    @Transactional
    public void updateTutor(AccessScope scope, TutorRow row) {
        tutors.lock(scope, row.id()).orElseThrow(() -> TutorController.notFound(row.id()));
        FieldProblem problem = seatsHeld.tutorProblem(row);
        if (problem != null) {
            throw SeatsHeld.conflict(problem);
        }
        if (!tutors.update(scope, row)) {
            throw TutorController.notFound(row.id());
        }
    }
}
