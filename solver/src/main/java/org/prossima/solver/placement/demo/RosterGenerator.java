package org.prossima.solver.placement.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.prossima.solver.travel.Location;
import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.TutorSpec;

/**
 * A seeded generator of placement rosters shaped like ASL TO4: candidates spread over the comuni by population,
 * opportunities concentrated in the larger comuni (drawn by population^1.5), about 60% of candidates without a car,
 * skills and sectors of the work-inclusion paths the consortia run (cleaning, logistics, green care, food service,
 * laundry…). The same seed and towns always give the same roster. Figures are plausible, not statistics.
 */
public final class RosterGenerator {

    private final List<Town> towns;
    private final LocalDate firstDay;

    /**
     * @param towns    the comuni to spread people and opportunities over (population > 0)
     * @param firstDay the first day of the planning period (start windows and earliest starts follow it)
     */
    public RosterGenerator(List<Town> towns, LocalDate firstDay) {
        if (towns.isEmpty()) {
            throw new IllegalArgumentException("towns must not be empty");
        }
        this.towns = List.copyOf(towns);
        this.firstDay = firstDay;
    }

    /** Generates {@code candidates} candidates and {@code opportunities} opportunities from {@code seed}. */
    public Roster generate(long seed, int candidates, int opportunities) {
        if (candidates < 0 || opportunities < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Random random = new Random(seed);
        List<Location> places = new ArrayList<>();
        towns.forEach(town -> places.add(town.location()));
        double[] byPopulation = cumulative(1.0);
        double[] byLargerTowns = cumulative(1.5);

        List<Host> hosts = new ArrayList<>();
        List<OpportunitySpec> opportunitySpecs = new ArrayList<>();
        List<String> opportunityTowns = new ArrayList<>();
        Map<String, List<Integer>> opportunitiesByConsortium = new TreeMap<>();
        List<String> sectorNames = WorkSectors.names();
        for (int i = 0; i < opportunities; i++) {
            Town town = towns.get(pick(random, byLargerTowns));
            OpportunityKind kind = kind(random);
            Host host = hostFor(random, hosts, town, kind);
            String sector = sectorNames.get(random.nextInt(sectorNames.size()));
            List<String> sectorSkills = WorkSectors.SKILLS.get(sector);
            Set<String> required = new LinkedHashSet<>();
            int requiredCount = kind == OpportunityKind.COMMUNITY_ACTIVITY ? random.nextInt(2) : random.nextInt(3);
            for (int r = 0; r < requiredCount; r++) {
                required.add(sectorSkills.get(random.nextInt(sectorSkills.size())));
            }
            Set<String> desirable = new LinkedHashSet<>();
            desirable.add(sectorSkills.get(random.nextInt(sectorSkills.size())));
            desirable.add(WorkSectors.GENERIC_SKILLS.get(random.nextInt(WorkSectors.GENERIC_SKILLS.size())));
            desirable.removeAll(required);
            Set<String> languages = random.nextDouble() < 0.7 ? Set.of("it") : Set.of();
            int hours = 12 + 2 * random.nextInt(10);
            Set<DayOfWeek> days = workDays(random, random.nextDouble() < 0.15);
            int seats = seats(random, kind);
            LocalDate from = firstDay.plusDays(random.nextInt(60));
            LocalDate until = from.plusDays(30 + random.nextInt(61));
            int cost = switch (kind) {
                case INCLUSION_INTERNSHIP -> 400 + 50 * random.nextInt(5);
                case COOPERATIVE_JOB -> 0;
                case COMMUNITY_ACTIVITY -> 50 * random.nextInt(4);
            };
            Set<String> tags = new LinkedHashSet<>();
            if (Set.of("logistics", "agriculture", "manufacturing", "waste", "green-care").contains(sector)
                    && random.nextDouble() < 0.6) {
                tags.add("heavy-lifting");
            }
            if (Set.of("cleaning", "laundry").contains(sector) && random.nextDouble() < 0.4) {
                tags.add("chemicals");
            }
            if (random.nextDouble() < 0.05) {
                tags.add("night-work");
            }
            if (random.nextDouble() < 0.5) {
                tags.add("standing");
            }
            Location address = jitter(random, town.location(), 1500);
            places.add(address);
            String id = String.format(Locale.ROOT, "OPP-%05d", i + 1);
            opportunitySpecs.add(new OpportunitySpec(id, kind, host.id(), places.size() - 1, sector, required,
                    desirable, languages, hours, days, seats, from, until, cost, null, tags));
            opportunityTowns.add(town.code());
            opportunitiesByConsortium.computeIfAbsent(town.consortium(), k -> new ArrayList<>()).add(i);
        }
        List<TutorSpec> tutors = assignTutors(random, opportunitySpecs, opportunitiesByConsortium);

        var people = new CandidateGenerator(firstDay);
        List<CandidateSpec> candidateSpecs = new ArrayList<>();
        List<String> candidateTowns = new ArrayList<>();
        Map<String, Integer> candidatesByConsortium = new TreeMap<>();
        for (int i = 0; i < candidates; i++) {
            int t = pick(random, byPopulation);
            Town town = towns.get(t);
            candidateSpecs.add(people.generate(random, town, t, hosts));
            candidateTowns.add(town.code());
            candidatesByConsortium.merge(town.consortium(), 1, Integer::sum);
        }
        List<BudgetSpec> budgets = budgets(opportunitySpecs, candidatesByConsortium, candidates);
        return new Roster(places, candidateSpecs, candidateTowns, opportunitySpecs, opportunityTowns, hosts, tutors,
                budgets);
    }

    private static OpportunityKind kind(Random random) {
        double k = random.nextDouble();
        return k < 0.5 ? OpportunityKind.INCLUSION_INTERNSHIP
                : k < 0.8 ? OpportunityKind.COOPERATIVE_JOB : OpportunityKind.COMMUNITY_ACTIVITY;
    }

    /** Two in five opportunities come from a host that already offers one in the same comune and of the kind. */
    private static Host hostFor(Random random, List<Host> hosts, Town town, OpportunityKind kind) {
        if (random.nextDouble() < 0.4) {
            List<Host> local = hosts.stream().filter(h -> h.townCode().equals(town.code()) && h.kind() == kind)
                    .toList();
            if (!local.isEmpty()) {
                return local.get(random.nextInt(local.size()));
            }
        }
        String prefix = switch (kind) {
            case INCLUSION_INTERNSHIP -> "Azienda";
            case COOPERATIVE_JOB -> "Cooperativa sociale";
            case COMMUNITY_ACTIVITY -> "Associazione";
        };
        var host = new Host(String.format(Locale.ROOT, "HOST-%04d", hosts.size() + 1),
                prefix + " " + (hosts.size() + 1) + " di " + town.name(), kind, town.code());
        hosts.add(host);
        return host;
    }

    private static int seats(Random random, OpportunityKind kind) {
        double s = random.nextDouble();
        if (kind == OpportunityKind.INCLUSION_INTERNSHIP) {
            return s < 0.75 ? 1 : 2;
        }
        return s < 0.45 ? 1 : s < 0.8 ? 2 : 3;
    }

    /** Tutors per consortium, each following 6 to 10 people, about one for every 8 seats. */
    private static List<TutorSpec> assignTutors(Random random, List<OpportunitySpec> opportunities,
            Map<String, List<Integer>> byConsortium) {
        List<TutorSpec> tutors = new ArrayList<>();
        Map<Integer, String> tutorOf = new HashMap<>();
        byConsortium.forEach((consortium, indexes) -> {
            int seats = indexes.stream().mapToInt(i -> opportunities.get(i).seats()).sum();
            int count = Math.max(1, (seats + 7) / 8);
            List<String> ids = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                String id = String.format(Locale.ROOT, "TUT-%s-%02d", consortium, t + 1);
                tutors.add(new TutorSpec(id, 6 + random.nextInt(5)));
                ids.add(id);
            }
            for (int n = 0; n < indexes.size(); n++) {
                tutorOf.put(indexes.get(n), ids.get(n % ids.size()));
            }
        });
        for (int i = 0; i < opportunities.size(); i++) {
            OpportunitySpec o = opportunities.get(i);
            opportunities.set(i, new OpportunitySpec(o.id(), o.kind(), o.hostId(), o.place(), o.sector(),
                    o.requiredSkills(), o.desirableSkills(), o.languages(), o.weeklyHours(), o.days(), o.seats(),
                    o.startFrom(), o.startUntil(), o.monthlyCostEuros(), tutorOf.get(i), o.activityTags()));
        }
        return tutors;
    }

    /**
     * Each consortium's monthly budget: its share (by candidates) of 80% of what all seats would cost, so budgets
     * bind when placements crowd into expensive internships.
     */
    private static List<BudgetSpec> budgets(List<OpportunitySpec> opportunities, Map<String, Integer> byConsortium,
            int candidates) {
        long allSeatsCost = opportunities.stream().mapToLong(o -> (long) o.seats() * o.monthlyCostEuros()).sum();
        List<BudgetSpec> budgets = new ArrayList<>();
        byConsortium.forEach((consortium, count) -> budgets.add(new BudgetSpec(consortium,
                Math.round(0.8 * allSeatsCost * count / Math.max(1, candidates) / 50.0) * 50)));
        return budgets;
    }

    /** Three to five weekdays at random, and Saturday when asked. */
    static Set<DayOfWeek> workDays(Random random, boolean saturday) {
        List<DayOfWeek> weekdays = new ArrayList<>(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        int count = 3 + random.nextInt(3);
        Collections.shuffle(weekdays, random);
        Set<DayOfWeek> days = EnumSet.copyOf(weekdays.subList(0, count));
        if (saturday) {
            days.add(DayOfWeek.SATURDAY);
        }
        return days;
    }

    private double[] cumulative(double exponent) {
        double[] cumulative = new double[towns.size()];
        double sum = 0;
        for (int i = 0; i < towns.size(); i++) {
            sum += Math.pow(Math.max(1, towns.get(i).population()), exponent);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static int pick(Random random, double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, x);
        return index >= 0 ? index : Math.min(cumulative.length - 1, -index - 1);
    }

    /** A point within {@code metres} of {@code centre}, uniformly in a square. */
    private static Location jitter(Random random, Location centre, double metres) {
        double dLat = (random.nextDouble() * 2 - 1) * metres / 111_320.0;
        double dLon = (random.nextDouble() * 2 - 1) * metres / (111_320.0 * Math.cos(Math.toRadians(
                centre.latitude())));
        return new Location(centre.latitude() + dLat, centre.longitude() + dLon);
    }
}
