package org.prossima.api.placement.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.prossima.data.placement.BudgetRepository;
import org.prossima.data.placement.BudgetRow;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.CandidateRow;
import org.prossima.data.placement.DecisionRepository;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.placement.PlacementProblemRecord;
import org.prossima.data.placement.TutorRepository;
import org.prossima.data.placement.TutorRow;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.territory.Comune;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.travel.Location;
import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementVariant;
import org.prossima.solver.placement.TutorSpec;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the planning data of a scope, at one instant, into the problem a plan is solved on. For one
 * consortium: its candidates, every opportunity with the seats (and tutors' time) held by people
 * of other consortia already accepted removed, and its own budget only. Coordinators' decisions
 * become each candidate's accepted (pinned) and rejected opportunities; a candidate whose support measure asks for a
 * community activity they do not have yet owes one ({@link ActivityObligations}).
 */
@Component
class PlacementSnapshots {

    private final CandidateRepository candidates;
    private final OpportunityRepository opportunities;
    private final TutorRepository tutors;
    private final BudgetRepository budgets;
    private final DecisionRepository decisions;
    private final TerritoryRepository territory;
    private final ActivityObligations obligations;

    PlacementSnapshots(CandidateRepository candidates, OpportunityRepository opportunities, TutorRepository tutors,
            BudgetRepository budgets, DecisionRepository decisions, TerritoryRepository territory,
            ActivityObligations obligations) {
        this.obligations = obligations;
        this.candidates = candidates;
        this.opportunities = opportunities;
        this.tutors = tutors;
        this.budgets = budgets;
        this.decisions = decisions;
        this.territory = territory;
    }

    /**
     * The planning data of one consortium (every one when {@code consortium} is null), as the scope reads it: a
     * coordinator's candidates and budget are their own; every consortium reads every opportunity and tutor. The
     * seats already taken by other consortia's accepted placements are counted as the service (anonymous counts).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PlacementProblemRecord take(AccessScope scope, String consortium) {
        Map<String, Location> comuni = new HashMap<>();
        for (Comune comune : territory.comuni()) {
            comuni.put(comune.istatCode(), new Location(comune.lat(), comune.lon()));
        }
        Map<Location, Integer> places = new LinkedHashMap<>();
        Map<String, Integer> takenOutside = consortium == null ? Map.of() : decisions.acceptedOutside(consortium);

        List<OpportunitySpec> opportunitySpecs = new ArrayList<>();
        Map<String, Integer> tutorTakenOutside = new HashMap<>();
        for (OpportunityRow o : opportunities.all(scope)) {
            int taken = takenOutside.getOrDefault(o.id(), 0);
            if (o.tutorId() != null && taken > 0) {
                tutorTakenOutside.merge(o.tutorId(), taken, Integer::sum);
            }
            opportunitySpecs.add(new OpportunitySpec(o.id(), o.kind(), o.hostId(),
                    place(places, o.lat(), o.lon(), comuni.get(o.istatCode())), o.sector(),
                    Set.copyOf(o.requiredSkills()), Set.copyOf(o.desirableSkills()), Set.copyOf(o.languages()),
                    o.weeklyHours(), o.days(), Math.max(0, o.seats() - taken), o.startFrom(), o.startUntil(),
                    o.monthlyCostEuros(), o.tutorId(), Set.copyOf(o.activityTags())));
        }
        List<TutorSpec> tutorSpecs = new ArrayList<>();
        for (TutorRow t : tutors.all(scope)) {
            tutorSpecs.add(new TutorSpec(t.id(), Math.max(0, t.maxPeople() - tutorTakenOutside.getOrDefault(t.id(), 0))));
        }
        List<CandidateSpec> candidateSpecs = new ArrayList<>();
        Set<UUID> owing = obligations.owing(scope, consortium, TerritoryClock.today());
        for (CandidateRow c : candidates.all(scope, consortium)) {
            candidateSpecs.add(new CandidateSpec(c.id().toString(), c.consortium(),
                    place(places, c.lat(), c.lon(), comuni.get(c.istatCode())), Set.copyOf(c.skills()),
                    Set.copyOf(c.languages()), c.mobility(), c.maxCommuteMinutes(), c.weeklyHours(), c.days(),
                    c.earliestStart(), c.programme(), c.priority(), c.monthsWaiting(), Set.copyOf(c.limitations()),
                    Set.copyOf(c.preferredSectors()), Set.copyOf(c.hostsToAvoid()), c.acceptedOpportunityId(),
                    Set.copyOf(c.rejectedOpportunityIds())).withActivityOwed(owing.contains(c.id())));
        }
        List<BudgetRow> budgetRows = consortium == null ? budgets.all(scope)
                : budgets.find(scope, consortium).stream().toList();
        List<BudgetSpec> budgetSpecs = budgetRows.stream().map(b -> new BudgetSpec(b.consortium(), b.monthlyEuros()))
                .toList();
        return new PlacementProblemRecord(consortium, PlacementVariant.FULL, List.copyOf(places.keySet()),
                candidateSpecs, opportunitySpecs, tutorSpecs, budgetSpecs);
    }

    /** The index of a place: the coordinates when given, else the comune's town hall. */
    private static int place(Map<Location, Integer> places, Double lat, Double lon, Location comune) {
        Location location = lat != null && lon != null ? new Location(lat, lon) : comune;
        return places.computeIfAbsent(location, l -> places.size());
    }
}
