package org.prossima.bench.matching;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;
import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementVariant;
import org.prossima.solver.placement.TutorSpec;

/**
 * Checks a placement plan against its problem and recomputes its objective, sharing no code with the solver's score
 * calculation (constraints, evaluator, pair checks, weights): only the problem's records and travel matrices are
 * read. The rules, as the model states them:
 *
 * <ul>
 * <li>a candidate is placed at most once, in a known opportunity; a pinned candidate (accepted opportunity) is
 * placed there; a pair the coordinator rejected is never used;</li>
 * <li>no opportunity takes more people than its seats, no tutor follows more than their maximum;</li>
 * <li>the candidate has every required skill and works in every required language; the opportunity's weekly hours
 * are within the candidate's and it runs only on days the candidate is available; the candidate's earliest start is
 * not after the start window closes; none of its activity tags is one of the candidate's limitations; its host is
 * not one the candidate must avoid;</li>
 * <li>the one-way commute, in the problem's matrix of the candidate's mobility (own car and accompaniment: car;
 * public transport and walking: transit), minutes = ⌈seconds / 60⌉, is within the candidate's maximum;</li>
 * <li>{@link PlacementVariant#FULL} only: each consortium's monthly cost is within its budget.</li>
 * </ul>
 *
 * Objective: 100,000,000 × (sum of 12 × priority + months waiting over the candidates placed) + soft, soft = Σ over
 * placements (− commute minutes + 10 × desirable skills the candidate has + 15 if the sector is one the candidate
 * prefers − monthly cost / 10, integer division), and in the full variant − equity: each consortium's load is its
 * placements × round(1,000,000 / its candidates); equity = round half up(√(Σ (load − mean load)²) / 100).
 */
public final class MatchingCheck {

    static final long PLACEMENT_SCALE = 100_000_000L;

    /** One line of a plan: a candidate and the opportunity they are placed in, or null when left out. */
    public record Pair(String candidateId, String opportunityId) {
    }

    private MatchingCheck() {
    }

    /** Pairs from a candidate id → opportunity id map (every candidate not in it is left out). */
    public static List<Pair> pairs(Map<String, String> assignment) {
        List<Pair> pairs = new ArrayList<>();
        assignment.forEach((candidate, opportunity) -> pairs.add(new Pair(candidate, opportunity)));
        return pairs;
    }

    public static MatchingVerdict check(PlacementProblem problem, List<Pair> plan) {
        Map<String, CandidateSpec> candidates = new HashMap<>();
        problem.candidates().forEach(c -> candidates.put(c.id(), c));
        Map<String, OpportunitySpec> opportunities = new HashMap<>();
        problem.opportunities().forEach(o -> opportunities.put(o.id(), o));
        List<String> problems = new ArrayList<>();
        Map<String, String> placedIn = new HashMap<>();
        Map<String, Integer> taken = new TreeMap<>();
        Map<String, Integer> followed = new TreeMap<>();
        Map<String, Long> spent = new TreeMap<>();
        Map<String, Integer> placedPerConsortium = new TreeMap<>();
        long placedWeight = 0;
        long pairSoft = 0;
        for (Pair pair : plan) {
            CandidateSpec candidate = candidates.get(pair.candidateId());
            if (candidate == null) {
                problems.add("unknown candidate " + pair.candidateId());
                continue;
            }
            if (pair.opportunityId() == null) {
                continue;
            }
            OpportunitySpec opportunity = opportunities.get(pair.opportunityId());
            if (opportunity == null) {
                problems.add("candidate " + candidate.id() + " placed in an unknown opportunity "
                        + pair.opportunityId());
                continue;
            }
            String earlier = placedIn.putIfAbsent(candidate.id(), opportunity.id());
            if (earlier != null) {
                problems.add("candidate " + candidate.id() + " placed twice: " + earlier + " and " + opportunity.id());
                continue;
            }
            int minutes = commuteMinutes(problem, candidate, opportunity);
            checkPair(candidate, opportunity, minutes, problems);
            taken.merge(opportunity.id(), 1, Integer::sum);
            if (opportunity.tutorId() != null) {
                followed.merge(opportunity.tutorId(), 1, Integer::sum);
            }
            spent.merge(candidate.consortium(), (long) opportunity.monthlyCostEuros(), Long::sum);
            placedPerConsortium.merge(candidate.consortium(), 1, Integer::sum);
            placedWeight += 12L * candidate.priority() + candidate.monthsWaiting();
            pairSoft += pairSoft(candidate, opportunity, minutes);
        }
        for (CandidateSpec candidate : problem.candidates()) {
            String accepted = candidate.acceptedOpportunityId();
            if (accepted != null && !accepted.equals(placedIn.get(candidate.id()))) {
                problems.add("candidate " + candidate.id() + " was accepted for " + accepted + " but is placed in "
                        + placedIn.get(candidate.id()));
            }
        }
        checkCapacities(problem, taken, followed, problems);
        long equity = 0;
        if (problem.variant() == PlacementVariant.FULL) {
            checkBudgets(problem, spent, problems);
            equity = equity(problem, placedPerConsortium);
        }
        return new MatchingVerdict(problems, placedIn.size(), placedWeight, pairSoft, equity,
                PLACEMENT_SCALE * placedWeight + pairSoft - equity);
    }

    /**
     * The pair conditions of one placement. Adds a readable line per broken condition to {@code problems} when it
     * is not null; returns true when none is broken.
     */
    private static boolean checkPair(CandidateSpec candidate, OpportunitySpec opportunity, int minutes,
            List<String> problems) {
        boolean ok = true;
        String pair = "candidate " + candidate.id() + " in " + opportunity.id() + ": ";
        if (candidate.rejectedOpportunityIds().contains(opportunity.id())) {
            ok = report(problems, pair + "the coordinator rejected this pair");
        }
        for (String skill : opportunity.requiredSkills()) {
            if (!candidate.skills().contains(skill)) {
                ok = report(problems, pair + "lacks the required skill " + skill);
            }
        }
        for (String language : opportunity.languages()) {
            if (!candidate.languages().contains(language)) {
                ok = report(problems, pair + "does not work in the required language " + language);
            }
        }
        if (opportunity.weeklyHours() > candidate.weeklyHours()) {
            ok = report(problems, pair + opportunity.weeklyHours() + " hours a week, the candidate has "
                    + candidate.weeklyHours());
        }
        for (var day : opportunity.days()) {
            if (!candidate.days().contains(day)) {
                ok = report(problems, pair + "runs on " + day + ", when the candidate is not available");
            }
        }
        if (candidate.earliestStart().isAfter(opportunity.startUntil())) {
            ok = report(problems, pair + "the candidate can start on " + candidate.earliestStart()
                    + ", after the start window closes on " + opportunity.startUntil());
        }
        for (String tag : opportunity.activityTags()) {
            if (candidate.limitations().contains(tag)) {
                ok = report(problems, pair + "involves " + tag + ", one of the candidate's limitations");
            }
        }
        if (candidate.hostsToAvoid().contains(opportunity.hostId())) {
            ok = report(problems, pair + "host " + opportunity.hostId() + " is one the candidate must avoid");
        }
        if (minutes > candidate.maxCommuteMinutes()) {
            ok = report(problems, pair + "commute " + minutes + " min by " + profile(candidate)
                    + ", the candidate's maximum is " + candidate.maxCommuteMinutes());
        }
        return ok;
    }

    private static boolean report(List<String> problems, String problem) {
        if (problems != null) {
            problems.add(problem);
        }
        return false;
    }

    /**
     * Candidate–opportunity pairs that meet every pair condition (a pinned candidate counts one, their accepted
     * opportunity): the number of edges the eligibility graph must have.
     */
    public static int eligiblePairs(PlacementProblem problem) {
        int pairs = 0;
        for (CandidateSpec candidate : problem.candidates()) {
            if (candidate.acceptedOpportunityId() != null) {
                pairs++;
                continue;
            }
            for (OpportunitySpec opportunity : problem.opportunities()) {
                if (checkPair(candidate, opportunity, commuteMinutes(problem, candidate, opportunity), null)) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static void checkCapacities(PlacementProblem problem, Map<String, Integer> taken,
            Map<String, Integer> followed, List<String> problems) {
        for (OpportunitySpec opportunity : problem.opportunities()) {
            int people = taken.getOrDefault(opportunity.id(), 0);
            if (people > opportunity.seats()) {
                problems.add("opportunity " + opportunity.id() + ": " + people + " people in " + opportunity.seats()
                        + " seats");
            }
        }
        for (TutorSpec tutor : problem.tutors()) {
            int people = followed.getOrDefault(tutor.id(), 0);
            if (people > tutor.maxPeople()) {
                problems.add("tutor " + tutor.id() + ": follows " + people + " people, at most " + tutor.maxPeople());
            }
        }
    }

    private static void checkBudgets(PlacementProblem problem, Map<String, Long> spent, List<String> problems) {
        for (BudgetSpec budget : problem.budgets()) {
            long euros = spent.getOrDefault(budget.consortium(), 0L);
            if (euros > budget.monthlyEuros()) {
                problems.add("consortium " + budget.consortium() + ": " + euros + " € a month, budget "
                        + budget.monthlyEuros() + " €");
            }
        }
    }

    /** The travel profile of a candidate's mobility, as the model states it. */
    static TravelProfile profile(CandidateSpec candidate) {
        return switch (candidate.mobility()) {
            case OWN_CAR, NEEDS_ACCOMPANIMENT -> TravelProfile.CAR;
            case PUBLIC_TRANSPORT_AND_WALKING -> TravelProfile.TRANSIT;
        };
    }

    /** One-way commute in whole minutes, rounded up, from the problem's matrix of the candidate's mobility. */
    static int commuteMinutes(PlacementProblem problem, CandidateSpec candidate, OpportunitySpec opportunity) {
        TravelTimeMatrix matrix = problem.matrices().get(profile(candidate));
        long seconds = matrix.travelSeconds(candidate.place(), opportunity.place());
        return (int) Math.ceilDiv(seconds, 60L);
    }

    static long pairSoft(CandidateSpec candidate, OpportunitySpec opportunity, int commuteMinutes) {
        long desirable = opportunity.desirableSkills().stream().filter(candidate.skills()::contains).count();
        long sector = candidate.preferredSectors().contains(opportunity.sector()) ? 15 : 0;
        return -commuteMinutes + 10 * desirable + sector - opportunity.monthlyCostEuros() / 10;
    }

    /**
     * The equity points: loads L_k = placed_k × round(1,000,000 / candidates_k) over every consortium with
     * candidates; √(Σ (L_k − mean)²) = √((n Σ L_k² − (Σ L_k)²) / n), computed from exact integers; / 100, rounded
     * half up.
     */
    static long equity(PlacementProblem problem, Map<String, Integer> placedPerConsortium) {
        Map<String, Integer> candidatesPerConsortium = new TreeMap<>();
        problem.candidates().forEach(c -> candidatesPerConsortium.merge(c.consortium(), 1, Integer::sum));
        int n = candidatesPerConsortium.size();
        if (n < 2) {
            return 0;
        }
        BigInteger sum = BigInteger.ZERO;
        BigInteger sumOfSquares = BigInteger.ZERO;
        for (var entry : candidatesPerConsortium.entrySet()) {
            long unit = Math.round(1_000_000.0 / entry.getValue());
            BigInteger load = BigInteger.valueOf(placedPerConsortium.getOrDefault(entry.getKey(), 0) * unit);
            sum = sum.add(load);
            sumOfSquares = sumOfSquares.add(load.multiply(load));
        }
        BigInteger numerator = sumOfSquares.multiply(BigInteger.valueOf(n)).subtract(sum.multiply(sum));
        BigDecimal unfairness = new BigDecimal(numerator).divide(BigDecimal.valueOf(n), new MathContext(60))
                .sqrt(new MathContext(60));
        return unfairness.divide(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
