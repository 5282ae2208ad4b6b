package org.prossima.api.placement.roster;

import org.prossima.api.error.ConflictException;
import org.prossima.api.error.FieldProblem;
import org.prossima.data.placement.DecisionRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.placement.TutorRepository;
import org.prossima.data.placement.TutorRow;
import org.prossima.data.security.AccessScope;
import org.springframework.stereotype.Component;

/**
 * The seats and tutors' time held by accepted placements: a change to an opportunity or a tutor must leave
 * room for the people already accepted, of every consortium (counted as the service: {@link DecisionRepository}).
 * Call inside a transaction that has locked the row changed.
 */
@Component
public class SeatsHeld {

    private final DecisionRepository decisions;
    private final TutorRepository tutors;

    SeatsHeld(DecisionRepository decisions, TutorRepository tutors) {
        this.decisions = decisions;
        this.tutors = tutors;
    }

    /** A problem when {@code changed} leaves too few seats, or its new tutor too little time; else null. */
    public FieldProblem opportunityProblem(AccessScope scope, OpportunityRow before, OpportunityRow changed) {
        int accepted = decisions.acceptedFor(changed.id(), null);
        if (changed.seats() < accepted) {
            return new FieldProblem("seats", changed.seats(), accepted + " people are already accepted for "
                    + "opportunity '" + changed.id() + "'; " + changed.seats() + " seats are fewer",
                    "keep seats at least " + accepted + ", or reject some accepted placements first");
        }
        String tutorId = changed.tutorId();
        if (accepted > 0 && tutorId != null && !tutorId.equals(before.tutorId())) {
            TutorRow tutor = tutors.lock(scope, tutorId).orElseThrow();
            int followed = decisions.acceptedWithTutor(tutorId, null);
            if (followed + accepted > tutor.maxPeople()) {
                return new FieldProblem("tutorId", tutorId, "tutor '" + tutorId + "' already follows " + followed
                        + " of at most " + tutor.maxPeople() + " people; the " + accepted + " accepted for "
                        + "opportunity '" + changed.id() + "' do not fit",
                        "choose another tutor, or raise the tutor's maxPeople");
            }
        }
        return null;
    }

    /** A problem when {@code changed} follows fewer people than are accepted with the tutor; else null. */
    public FieldProblem tutorProblem(TutorRow changed) {
        int accepted = decisions.acceptedWithTutor(changed.id(), null);
        if (changed.maxPeople() < accepted) {
            return new FieldProblem("maxPeople", changed.maxPeople(), accepted + " people accepted for placements "
                    + "are already followed by tutor '" + changed.id() + "'; maxPeople " + changed.maxPeople()
                    + " is fewer", "keep maxPeople at least " + accepted + ", or reject some accepted placements first");
        }
        return null;
    }

    public static ConflictException conflict(FieldProblem problem) {
        return new ConflictException("capacity-in-use", "Capacity in use", problem.message(), problem.hint());
    }
}
