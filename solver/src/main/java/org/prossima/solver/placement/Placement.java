package org.prossima.solver.placement;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * Planning entity: the placement of one candidate. Its opportunity is chosen among those the candidate is eligible
 * for, or left empty. A placement the coordinator accepted is pinned.
 */
@PlanningEntity
public class Placement {

    @PlanningId
    private String id;
    private Candidate candidate;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "eligibleOpportunities")
    private Opportunity opportunity;
    private List<Opportunity> choices;

    @SuppressWarnings("unused") // for Timefold's solution cloner
    Placement() {
    }

    Placement(Candidate candidate, Opportunity pinnedOpportunity) {
        this.id = candidate.id();
        this.candidate = candidate;
        this.pinned = pinnedOpportunity != null;
        this.opportunity = pinnedOpportunity;
        this.choices = pinned ? List.of(pinnedOpportunity) : candidate.eligible();
    }

    public String getId() {
        return id;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Opportunity getOpportunity() {
        return opportunity;
    }

    public void setOpportunity(Opportunity opportunity) {
        this.opportunity = opportunity;
    }

    @ValueRangeProvider(id = "eligibleOpportunities")
    public List<Opportunity> getChoices() {
        return choices;
    }

    /** False when the commute to the assigned opportunity cannot be worked out; only call when one is assigned. */
    public boolean commuteKnown() {
        return candidate.commuteKnown(opportunity);
    }

    /** Commute minutes to the assigned opportunity, 0 when unknown; only call when one is assigned. */
    public int commuteMinutes() {
        return candidate.commuteMinutes(opportunity);
    }

    @Override
    public String toString() {
        return candidate + "→" + opportunity;
    }
}
