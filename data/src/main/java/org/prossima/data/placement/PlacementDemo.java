package org.prossima.data.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.demo.AslTowns;
import org.prossima.solver.placement.demo.Roster;
import org.prossima.solver.placement.demo.RosterGenerator;
import org.prossima.solver.placement.demo.Town;
import org.prossima.solver.travel.Location;

/**
 * The demo roster of the default run: a seeded ASL TO4 roster ({@value #CANDIDATES} candidates, {@value #OPPORTUNITIES}
 * opportunities with about 200 seats, their hosts, tutors and consortium budgets) as the rows the placement tables
 * hold, and one host of the demo company {@value #DEMO_COMPANY}. Generated people have no real personal details: their name is "Persona demo N", nothing else. Consortia of
 * comuni whose membership is unknown are filled from the nearest known one ({@link AslTowns}), for this generated
 * data only.
 */
public final class PlacementDemo {

    public static final long SEED = 20_260_401L;
    public static final int CANDIDATES = 500;
    public static final int OPPORTUNITIES = 130;
    /** The company of the demo's host administrator (the demo users made by the service's security). */
    public static final String DEMO_COMPANY = "CO-00001";
    /** The one host of that company, so that its host administrator has something to manage. */
    public static final String DEMO_COMPANY_HOST = "HOST-CO-00001";

    private final Roster roster;
    private final Map<String, String> consortiumOfTown = new HashMap<>();

    /** The roster whose dates follow {@code firstDay}. */
    public PlacementDemo(LocalDate firstDay) {
        List<Town> towns = AslTowns.load();
        towns.forEach(t -> consortiumOfTown.put(t.code(), t.consortium()));
        this.roster = new RosterGenerator(towns, firstDay).generate(SEED, CANDIDATES, OPPORTUNITIES);
    }

    /**
     * The generated hosts (their consortium's alone), and the demo company's host: the demand demo's first company,
     * "Azienda manifatturiera di Ivrea" ({@value #DEMO_COMPANY}), hosting inclusion internships.
     */
    public List<HostRow> hosts() {
        List<HostRow> hosts = new ArrayList<>(roster.hosts().stream().map(h -> new HostRow(h.id(),
                consortiumOfTown.get(h.townCode()), h.name(), h.kind(), h.townCode(), null, null, null)).toList());
        hosts.add(new HostRow(DEMO_COMPANY_HOST, "INRETE", "Azienda manifatturiera di Ivrea",
                OpportunityKind.INCLUSION_INTERNSHIP, "001125", DEMO_COMPANY, null, null));
        return hosts;
    }

    /** The tutors, each in the consortium of the first opportunity they follow (one following none is left out). */
    public List<TutorRow> tutors() {
        Map<String, String> consortiumOfTutor = new HashMap<>();
        for (int i = 0; i < roster.opportunities().size(); i++) {
            OpportunitySpec o = roster.opportunities().get(i);
            if (o.tutorId() != null) {
                consortiumOfTutor.putIfAbsent(o.tutorId(), consortiumOfTown.get(roster.opportunityTownCodes().get(i)));
            }
        }
        return roster.tutors().stream().filter(t -> consortiumOfTutor.containsKey(t.id()))
                .map(t -> new TutorRow(t.id(), consortiumOfTutor.get(t.id()), t.maxPeople(), null, null)).toList();
    }

    /** The opportunities, at their address (coordinates rounded to 6 decimals) in their comune. */
    public List<OpportunityRow> opportunities() {
        return IntStream.range(0, roster.opportunities().size()).mapToObj(i -> {
            OpportunitySpec o = roster.opportunities().get(i);
            String town = roster.opportunityTownCodes().get(i);
            Location address = roster.places().get(o.place());
            return new OpportunityRow(o.id(), consortiumOfTown.get(town), o.kind(), o.hostId(), town,
                    round(address.latitude()), round(address.longitude()), o.sector(), List.copyOf(o.requiredSkills()),
                    List.copyOf(o.desirableSkills()), List.copyOf(o.languages()), o.weeklyHours(), o.days(), o.seats(),
                    o.startFrom(), o.startUntil(), o.monthlyCostEuros(), o.tutorId(), List.copyOf(o.activityTags()),
                    null, null);
        }).toList();
    }

    /** The candidates, at home in their comune's town hall. */
    public List<CandidateRow> candidates() {
        return IntStream.range(0, roster.candidates().size()).mapToObj(i -> {
            CandidateSpec c = roster.candidates().get(i);
            return new CandidateRow(UUID.fromString(c.id()), c.consortium(), roster.candidateTownCodes().get(i), null,
                    null, List.copyOf(c.skills()), List.copyOf(c.languages()), c.mobility(), c.maxCommuteMinutes(),
                    c.weeklyHours(), c.days(), c.earliestStart(), c.programme(), c.priority(), c.monthsWaiting(),
                    List.copyOf(c.limitations()), List.copyOf(c.preferredSectors()), List.copyOf(c.hostsToAvoid()),
                    null, null, null, null);
        }).toList();
    }

    /** The personal details of the {@code n}-th candidate (from 1): a demo name and a note, nothing real. */
    public static PersonDetails person(int n) {
        return new PersonDetails("Persona demo " + n, null, null, null,
                "dati generati per la demo / generated demo data", null);
    }

    public List<BudgetSpec> budgets() {
        return roster.budgets();
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
