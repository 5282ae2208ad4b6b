package org.prossima.api.placement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.prossima.data.catalogue.PlacementOfferings;
import org.prossima.data.placement.BudgetRepository;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.CandidateRow;
import org.prossima.data.placement.HostRepository;
import org.prossima.data.placement.HostRow;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.placement.PersonDetails;
import org.prossima.data.placement.PersonRepository;
import org.prossima.data.placement.TutorRepository;
import org.prossima.data.placement.TutorRow;
import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.TutorSpec;
import org.prossima.solver.placement.demo.AslTowns;
import org.prossima.solver.placement.demo.Host;
import org.prossima.solver.placement.demo.Roster;
import org.prossima.solver.placement.demo.RosterGenerator;
import org.prossima.solver.placement.demo.Town;
import org.prossima.solver.territory.TerritoryClock;
import org.prossima.solver.travel.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo roster of the default run: a seeded ASL TO4 roster (about 500 candidates, 130
 * opportunities with about 200 seats, their hosts, tutors and consortium budgets), stored once,
 * when the placement tables are empty. Generated people have no real personal details: their
 * name is "Persona demo N", nothing else. Consortia of comuni whose membership is unknown are
 * filled from the nearest known one, for this generated data only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // right after the territory, before plans are resumed
class DemoRoster implements ApplicationRunner {

    static final long SEED = 20_260_401L;
    static final int CANDIDATES = 500;
    static final int OPPORTUNITIES = 130;

    private static final Logger log = LoggerFactory.getLogger(DemoRoster.class);

    private final CandidateRepository candidates;
    private final PlacementOfferings catalogue;
    private final PersonRepository persons;
    private final HostRepository hosts;
    private final TutorRepository tutors;
    private final OpportunityRepository opportunities;
    private final BudgetRepository budgets;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DemoRoster(CandidateRepository candidates, PersonRepository persons, HostRepository hosts,
            TutorRepository tutors, OpportunityRepository opportunities, BudgetRepository budgets,
            TransactionTemplate transaction, PlacementProperties properties,
            ObjectProvider<EmbeddedPostgres> embedded, PlacementOfferings catalogue) {
        this.catalogue = catalogue;
        this.candidates = candidates;
        this.persons = persons;
        this.hosts = hosts;
        this.tutors = tutors;
        this.opportunities = opportunities;
        this.budgets = budgets;
        this.transaction = transaction;
        this.enabled = properties.demoRoster() == null ? embedded.getIfAvailable() != null : properties.demoRoster();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            boolean seeded = Boolean.TRUE.equals(transaction.execute(status -> seedIfEmpty()));
            if (seeded) {
                log.info("Placement demo roster loaded: {} candidates, {} opportunities", CANDIDATES, OPPORTUNITIES);
            }
        }
        // Every start: the catalogue lists every placement opportunity (also those stored before it did).
        catalogue.syncAll();
    }

    private boolean seedIfEmpty() {
        if (candidates.count(null) > 0 || opportunities.count(null) > 0 || hosts.count(null) > 0
                || tutors.count(null) > 0 || !budgets.all().isEmpty()) {
            return false;
        }
        List<Town> towns = AslTowns.load();
        Map<String, String> consortiumOfTown = new HashMap<>();
        towns.forEach(t -> consortiumOfTown.put(t.code(), t.consortium()));
        Roster roster = new RosterGenerator(towns, TerritoryClock.today())
                .generate(SEED, CANDIDATES, OPPORTUNITIES);
        store(roster, consortiumOfTown);
        return true;
    }

    private void store(Roster roster, Map<String, String> consortiumOfTown) {
        for (Host h : roster.hosts()) {
            hosts.insert(new HostRow(h.id(), consortiumOfTown.get(h.townCode()), h.name(), h.kind(), h.townCode(),
                    null, null));
        }
        Map<String, String> consortiumOfTutor = new HashMap<>();
        for (int i = 0; i < roster.opportunities().size(); i++) {
            OpportunitySpec o = roster.opportunities().get(i);
            if (o.tutorId() != null) {
                consortiumOfTutor.putIfAbsent(o.tutorId(), consortiumOfTown.get(roster.opportunityTownCodes().get(i)));
            }
        }
        for (TutorSpec t : roster.tutors()) {
            String consortium = consortiumOfTutor.get(t.id());
            if (consortium != null) {
                tutors.insert(new TutorRow(t.id(), consortium, t.maxPeople(), null, null));
            }
        }
        for (int i = 0; i < roster.opportunities().size(); i++) {
            OpportunitySpec o = roster.opportunities().get(i);
            String town = roster.opportunityTownCodes().get(i);
            Location address = roster.places().get(o.place());
            opportunities.insert(new OpportunityRow(o.id(), consortiumOfTown.get(town), o.kind(), o.hostId(), town,
                    round(address.latitude()), round(address.longitude()), o.sector(), List.copyOf(o.requiredSkills()),
                    List.copyOf(o.desirableSkills()), List.copyOf(o.languages()), o.weeklyHours(), o.days(), o.seats(),
                    o.startFrom(), o.startUntil(), o.monthlyCostEuros(), o.tutorId(), List.copyOf(o.activityTags()),
                    null, null));
        }
        for (int i = 0; i < roster.candidates().size(); i++) {
            CandidateSpec c = roster.candidates().get(i);
            UUID id = UUID.fromString(c.id());
            candidates.insert(new CandidateRow(id, c.consortium(), roster.candidateTownCodes().get(i), null, null,
                    List.copyOf(c.skills()), List.copyOf(c.languages()), c.mobility(), c.maxCommuteMinutes(),
                    c.weeklyHours(), c.days(), c.earliestStart(), c.programme(), c.priority(), c.monthsWaiting(),
                    List.copyOf(c.limitations()), List.copyOf(c.preferredSectors()), List.copyOf(c.hostsToAvoid()),
                    null, null, null, null));
            persons.put(id, new PersonDetails("Persona demo " + (i + 1), null, null, null,
                    "dati generati per la demo / generated demo data", null));
        }
        for (BudgetSpec b : roster.budgets()) {
            budgets.put(b.consortium(), b.monthlyEuros());
        }
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
