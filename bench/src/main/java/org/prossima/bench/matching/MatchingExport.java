package org.prossima.bench.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;
import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.TutorSpec;

/**
 * Writes a matching benchmark's instance and plans as JSON, enough for a third party to re-check every plan and
 * the flow optimum without Prossima: the places, the travel seconds from every candidate's home to every
 * opportunity for each travel profile, candidates, opportunities, tutors, budgets, the rules and weights in words,
 * the flow optimum's assignment, and per variant and mode the plan's assignment, objective and check.
 */
final class MatchingExport {

    static final String FORMAT = "prossima-matching-benchmark/1";

    /** The model in words, for whoever checks the plans. */
    static final List<String> RULES = List.of(
            "A plan places each candidate in at most one opportunity (assignment: candidate id -> opportunity id; "
                    + "candidates not in it are left out). A candidate with an acceptedOpportunityId stays there.",
            "Hard: an opportunity takes at most its seats; a tutor follows at most maxPeople people over the "
                    + "opportunities naming them; the candidate has every required skill and every required "
                    + "language; the opportunity's weeklyHours <= the candidate's and its days are all among the "
                    + "candidate's; the candidate's earliestStart <= startUntil; no activity tag is among the "
                    + "candidate's limitations; the host is not among hostsToAvoid; the pair is not rejected; the "
                    + "commute is within maxCommuteMinutes.",
            "Commute minutes = ceil(seconds / 60) with seconds from travel[profile = the candidate's "
                    + "travelProfile], row = the candidate's place in fromPlaces, column = the opportunity's place "
                    + "in toPlaces.",
            "Variant full only: per consortium, the sum of monthlyCostEuros of its candidates' placements <= its "
                    + "budget's monthlyEuros.",
            "Objective (maximised) = 100000000 x placed weight + soft; weight = 12 x priority + monthsWaiting; "
                    + "soft = sum over placements of (- commute minutes + 10 x desirable skills the candidate has "
                    + "+ 15 if the sector is among preferredSectors - monthlyCostEuros / 10 with integer division).",
            "Variant full also subtracts equity from soft: per consortium (every consortium with candidates) "
                    + "load = placed x round(1000000 / its candidates); equity = round half up(sqrt(sum of "
                    + "(load - mean load)^2) / 100).",
            "flowOptimum is the exact optimum of variant flow (min-cost flow); for variant full it is an upper "
                    + "bound, since budgets and equity only take away. gap_pct = 100 x (optimum - objective) / "
                    + "optimum.");

    private MatchingExport() {
    }

    static void write(Path file, MatchingBenchmark.Result result, Duration timeLimit) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (var json = new JsonWriter(new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8)))) {
            write(json, result, timeLimit);
        }
    }

    private static void write(JsonWriter json, MatchingBenchmark.Result result, Duration timeLimit)
            throws IOException {
        MatchingInstance instance = result.instance();
        PlacementProblem problem = instance.problem();
        json.beginObject().member("format", FORMAT);
        json.name("generator").beginObject().member("seed", instance.seed())
                .member("candidates", instance.candidates()).member("opportunities", instance.opportunities())
                .member("firstDay", MatchingInstance.FIRST_DAY.toString())
                .member("towns", "the 174 comuni of ASL TO4 (territory table); comuni whose consortium it does not "
                        + "know take that of the nearest comune that has one (generated data only)")
                .name("secondsPerSolve").value(timeLimit.toMillis() / 1000.0).endObject();
        json.name("rules").strings(RULES);
        json.name("places").beginArray();
        for (Location place : problem.places()) {
            json.beginArray().value(place.latitude()).value(place.longitude()).endArray();
        }
        json.endArray();
        travel(json, problem);
        candidates(json, problem.candidates());
        opportunities(json, problem.opportunities());
        json.name("tutors").beginArray();
        for (TutorSpec tutor : problem.tutors()) {
            json.beginObject().member("id", tutor.id()).member("maxPeople", tutor.maxPeople()).endObject();
        }
        json.endArray();
        json.name("budgets").beginArray();
        for (BudgetSpec budget : problem.budgets()) {
            json.beginObject().member("consortium", budget.consortium())
                    .member("monthlyEuros", budget.monthlyEuros()).endObject();
        }
        json.endArray();
        MatchingBenchmark.Reference reference = result.reference();
        json.name("flowOptimum").beginObject().member("objective", reference.optimum().objective())
                .member("placed", reference.optimum().assignment().size())
                .member("eligiblePairs", reference.edges())
                .member("checked", reference.checked());
        assignment(json, reference.optimum().assignment());
        json.endObject();
        json.name("results").beginArray();
        for (MatchingRun run : result.runs()) {
            json.beginObject().member("variant", run.variantName()).member("mode", run.modeName())
                    .name("seconds").value(Math.round(run.seconds() * 10) / 10.0)
                    .member("placed", run.plan().placed()).member("objective", run.plan().objective())
                    .member("optimum", run.optimum()).member("score", run.plan().score())
                    .member("solverFeasible", run.plan().feasible())
                    .member("checkedFeasible", run.verdict().feasible()).member("checked", run.checked());
            json.name("brokenRules").strings(run.verdict().problems());
            assignment(json, run.assignment());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    /**
     * Per travel profile: {@code fromPlaces} (the candidates' home places), {@code toPlaces} (the opportunities'
     * places) and {@code seconds[i][j]} from fromPlaces[i] to toPlaces[j]. Commute minutes = ⌈seconds / 60⌉.
     */
    private static void travel(JsonWriter json, PlacementProblem problem) throws IOException {
        var from = new TreeSet<Integer>();
        problem.candidates().forEach(c -> from.add(c.place()));
        var to = new TreeSet<Integer>();
        problem.opportunities().forEach(o -> to.add(o.place()));
        json.name("travel").beginArray();
        for (TravelProfile profile : new TreeSet<>(problem.matrices().keySet())) {
            TravelTimeMatrix matrix = problem.matrices().get(profile);
            json.beginObject().member("profile", profile.name()).member("source", matrix.source())
                    .member("estimate", matrix.estimate());
            json.name("fromPlaces").beginArray();
            for (int place : from) {
                json.value(place);
            }
            json.endArray();
            json.name("toPlaces").beginArray();
            for (int place : to) {
                json.value(place);
            }
            json.endArray();
            json.name("seconds").beginArray();
            for (int a : from) {
                json.beginArray();
                for (int b : to) {
                    json.value(matrix.travelSeconds(a, b));
                }
                json.endArray();
            }
            json.endArray().endObject();
        }
        json.endArray();
    }

    private static void candidates(JsonWriter json, List<CandidateSpec> candidates) throws IOException {
        json.name("candidates").beginArray();
        for (CandidateSpec c : candidates) {
            json.beginObject().member("id", c.id()).member("consortium", c.consortium()).member("place", c.place())
                    .member("mobility", c.mobility().name())
                    .member("travelProfile", MatchingCheck.profile(c).name())
                    .member("maxCommuteMinutes", c.maxCommuteMinutes());
            json.name("skills").strings(sorted(c.skills()));
            json.name("languages").strings(sorted(c.languages()));
            json.member("weeklyHours", c.weeklyHours());
            json.name("days").strings(days(c.days()));
            json.member("earliestStart", c.earliestStart().toString()).member("programme", c.programme().name())
                    .member("priority", c.priority()).member("monthsWaiting", c.monthsWaiting())
                    .member("weight", 12L * c.priority() + c.monthsWaiting());
            json.name("limitations").strings(sorted(c.limitations()));
            json.name("preferredSectors").strings(sorted(c.preferredSectors()));
            json.name("hostsToAvoid").strings(sorted(c.hostsToAvoid()));
            json.member("acceptedOpportunityId", c.acceptedOpportunityId());
            json.name("rejectedOpportunityIds").strings(sorted(c.rejectedOpportunityIds()));
            json.endObject();
        }
        json.endArray();
    }

    private static void opportunities(JsonWriter json, List<OpportunitySpec> opportunities) throws IOException {
        json.name("opportunities").beginArray();
        for (OpportunitySpec o : opportunities) {
            json.beginObject().member("id", o.id()).member("kind", o.kind().name()).member("hostId", o.hostId())
                    .member("place", o.place()).member("sector", o.sector());
            json.name("requiredSkills").strings(sorted(o.requiredSkills()));
            json.name("desirableSkills").strings(sorted(o.desirableSkills()));
            json.name("languages").strings(sorted(o.languages()));
            json.member("weeklyHours", o.weeklyHours());
            json.name("days").strings(days(o.days()));
            json.member("seats", o.seats()).member("startFrom", o.startFrom().toString())
                    .member("startUntil", o.startUntil().toString())
                    .member("monthlyCostEuros", o.monthlyCostEuros()).member("tutorId", o.tutorId());
            json.name("activityTags").strings(sorted(o.activityTags()));
            json.endObject();
        }
        json.endArray();
    }

    /** {@code "assignment": {candidate id: opportunity id}}, in the order given. */
    private static void assignment(JsonWriter json, Map<String, String> assignment) throws IOException {
        json.name("assignment").beginObject();
        for (var entry : assignment.entrySet()) {
            json.member(entry.getKey(), entry.getValue());
        }
        json.endObject();
    }

    private static List<String> sorted(java.util.Collection<String> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    private static List<String> days(java.util.Collection<DayOfWeek> days) {
        return new TreeSet<>(days).stream().map(DayOfWeek::name).toList();
    }
}
