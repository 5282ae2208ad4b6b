package org.prossima.solver.placement;

/**
 * A tutor who follows the people placed in the opportunities that name them.
 *
 * @param id        unique in the problem
 * @param maxPeople how many people the tutor can follow at once, 0..100
 */
public record TutorSpec(String id, int maxPeople) {

    public TutorSpec {
        SpecFields.id(id, "tutor id");
        SpecFields.within(maxPeople, 0, 100, "tutor " + id + ": maxPeople");
    }
}
