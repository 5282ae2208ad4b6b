package org.prossima.data.placement;

import java.util.UUID;

/**
 * One line of a solved plan as the steering board reads it: a candidate (opaque id), the opportunity proposed (null
 * when left out), the candidate's consortium, the one-way commute (null when left out or unknown), and whether it
 * is a match the coordinator had accepted. {@code candidateId} is null once the candidate is erased: the proposal
 * stays as an anonymous fact of the plan.
 */
public record PlacementProposal(UUID planId, UUID candidateId, String opportunityId, String consortium,
        Integer commuteMinutes, boolean pinned) {
}
