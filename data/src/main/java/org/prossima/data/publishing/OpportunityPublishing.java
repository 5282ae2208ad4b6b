package org.prossima.data.publishing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.prossima.data.catalogue.CatalogueChanges;
import org.prossima.data.placement.Decision;
import org.prossima.data.placement.DecisionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way across capabilities: what placement matching and aggregated demand offer to people reaches the
 * catalogue (and the jobs of an allocation reach placement matching) through here, above the repositories of each,
 * so that no capability's repositories know another's. Placement opportunities become catalogue offerings with
 * live seats; the jobs of the current allocation become placement opportunities first, and offerings with them;
 * a coordinator's decision, which changes the seats left, tells the catalogue's searches to read them afresh.
 */
@Service
public class OpportunityPublishing {

    private final CatalogueOfferings offerings;
    private final CooperativeJobOpportunities jobs;
    private final DecisionRepository decisions;
    private final CatalogueChanges catalogueChanges;

    OpportunityPublishing(CatalogueOfferings offerings, CooperativeJobOpportunities jobs,
            DecisionRepository decisions, CatalogueChanges catalogueChanges) {
        this.offerings = offerings;
        this.jobs = jobs;
        this.decisions = decisions;
        this.catalogueChanges = catalogueChanges;
    }

    /** Publishes (or refreshes) these placement opportunities in the catalogue. */
    @Transactional
    public void publish(Collection<String> opportunityIds) {
        offerings.publish(opportunityIds);
    }

    /** Publishes every placement opportunity in the catalogue and withdraws the offerings of those that are gone. */
    @Transactional
    public void publishAll() {
        offerings.publishAll();
    }

    /**
     * Brings placement matching and the catalogue in line with the jobs of the current allocation: in the
     * transaction that marks an allocation solved, so that everyone sees its jobs as soon as they see it solved.
     */
    @Transactional
    public void publishCurrentJobs(LocalDate today) {
        jobs.publishCurrentJobs(today);
        offerings.publishAll();
    }

    /**
     * Records a coordinator's decision on a pair (replacing an earlier one on it), with who decided (their
     * username): the catalogue shows the opportunity's seats left, so its searches read them afresh once the
     * decision is committed.
     */
    @Transactional
    public Decision recordDecision(UUID candidateId, String opportunityId, String consortium, Decision.Kind decision,
            UUID planId, String decidedBy) {
        catalogueChanges.changed();
        return decisions.decide(candidateId, opportunityId, consortium, decision, planId, decidedBy);
    }
}
