package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;
import org.prossima.solver.placement.PlacementPlan.Contribution;
import org.prossima.solver.placement.PlacementPlan.Explanation;
import org.prossima.solver.placement.PlacementPlan.Reason;
import org.prossima.solver.placement.PlacementPlan.Unlock;

/**
 * Explains each candidate's line of a plan in Italian and English. For a match: its score contributions, from
 * the same pair terms the evaluator adds up. For a candidate left out: how the opportunities narrow down condition
 * by condition ({@link Condition} order) and what would open more, each count taken from the eligibility data.
 */
final class PlacementExplainer {

    /** Extra commute minutes tried by the "longer commute" unlock. */
    static final int[] LONGER_COMMUTE_STEPS = {15, 30};
    /** How many missing skills the "training" unlock lists at most. */
    static final int MAX_TRAINING_UNLOCKS = 3;

    private final PlacementProblem problem;
    private final CompatibilityTable compatibility;
    private final TravelTimeMatrix carMatrix;

    PlacementExplainer(PlacementProblem problem, CompatibilityTable compatibility) {
        this.problem = problem;
        this.compatibility = compatibility;
        this.carMatrix = problem.matrices().get(TravelProfile.CAR);
    }

    Explanation placed(int c, int o, boolean pinned) {
        CandidateSpec candidate = problem.candidates().get(c);
        OpportunitySpec opportunity = problem.opportunities().get(o);
        boolean commuteKnown = compatibility.commuteKnown(c, o);
        int commute = compatibility.commuteMinutes(c, o);
        String profile = travelIt(candidate.mobility().travelProfile());
        String profileEn = travelEn(candidate.mobility().travelProfile());
        List<Contribution> contributions = new ArrayList<>();
        contributions.add(new Contribution(PlacementConstraints.UNPLACED, "medium", candidate.weight(),
                String.format(Locale.ROOT, "Collocare questa persona vale %d punti (priorità %d, %d mesi di attesa)",
                        candidate.weight(), candidate.priority(), candidate.monthsWaiting()),
                String.format(Locale.ROOT, "Placing this person is worth %d points (priority %d, %d months waiting)",
                        candidate.weight(), candidate.priority(), candidate.monthsWaiting())));
        if (commuteKnown) {
            contributions.add(new Contribution(PlacementConstraints.COMMUTE_TIME, "soft",
                    -(long) PlacementWeights.COMMUTE_PER_MINUTE * commute,
                    String.format(Locale.ROOT, "Tragitto di %d min %s (massimo %d)", commute, profile,
                            candidate.maxCommuteMinutes()),
                    String.format(Locale.ROOT, "Commute of %d min %s (maximum %d)", commute, profileEn,
                            candidate.maxCommuteMinutes())));
        } else {
            contributions.add(new Contribution(PlacementConstraints.COMMUTE_KNOWN, "hard", -1,
                    "Tragitto non calcolabile " + profile + ": " + unroutableIt(c),
                    "Commute cannot be worked out " + profileEn + ": " + unroutableEn(c)));
        }
        List<String> desirable = opportunity.desirableSkills().stream().filter(candidate.skills()::contains).toList();
        if (!desirable.isEmpty()) {
            contributions.add(new Contribution(PlacementConstraints.DESIRABLE_SKILLS, "soft",
                    (long) PlacementWeights.DESIRABLE_SKILL * desirable.size(),
                    "Competenze gradite possedute: " + String.join(", ", desirable),
                    "Desirable skills the person has: " + String.join(", ", desirable)));
        }
        if (PairChecks.preferredSector(candidate, opportunity)) {
            contributions.add(new Contribution(PlacementConstraints.PREFERRED_SECTOR, "soft",
                    PlacementWeights.PREFERRED_SECTOR, "Settore preferito: " + opportunity.sector(),
                    "Preferred sector: " + opportunity.sector()));
        }
        long costPoints = PlacementWeights.costPoints(opportunity.monthlyCostEuros());
        if (costPoints > 0) {
            contributions.add(new Contribution(PlacementConstraints.COST, "soft", -costPoints,
                    String.format(Locale.ROOT, "Costo per il consorzio: %d €/mese", opportunity.monthlyCostEuros()),
                    String.format(Locale.ROOT, "Cost to the consortium: €%d a month",
                            opportunity.monthlyCostEuros())));
        }
        String kindIt = switch (opportunity.kind()) {
            case INCLUSION_INTERNSHIP -> "tirocinio di inclusione";
            case COOPERATIVE_JOB -> "lavoro in cooperativa sociale di tipo B";
            case COMMUNITY_ACTIVITY -> "attività di comunità";
        };
        String kindEn = switch (opportunity.kind()) {
            case INCLUSION_INTERNSHIP -> "inclusion internship";
            case COOPERATIVE_JOB -> "job at a type-B social cooperative";
            case COMMUNITY_ACTIVITY -> "community activity";
        };
        String commuteIt = commuteKnown ? commute + " min " + profile : "tragitto non calcolabile " + profile;
        String commuteEn = commuteKnown ? commute + " min " + profileEn : "commute unknown " + profileEn;
        String summaryIt = (pinned ? "Abbinamento accettato dal coordinatore: " : "Proposta: ")
                + String.format(Locale.ROOT, "%s %s, %s, %d ore/settimana", kindIt, opportunity.id(), commuteIt,
                        opportunity.weeklyHours());
        String summaryEn = (pinned ? "Match accepted by the coordinator: " : "Proposed: ")
                + String.format(Locale.ROOT, "%s %s, %s, %d hours/week", kindEn, opportunity.id(), commuteEn,
                        opportunity.weeklyHours());
        return new Explanation(summaryIt, summaryEn, contributions, List.of(), List.of());
    }

    /** @param withRoom how many of the candidate's eligible opportunities still have a seat and tutor free */
    Explanation leftOut(int c, int withRoom) {
        CandidateSpec candidate = problem.candidates().get(c);
        int total = problem.opportunities().size();
        List<Reason> reasons = new ArrayList<>();
        reasons.add(new Reason("ALL", total, total + " opportunità in tutto", total + " opportunities in all"));
        int mask = 0;
        int remaining = total;
        for (Condition condition : Condition.values()) {
            mask |= condition.bit();
            int left = 0;
            for (int o = 0; o < total; o++) {
                if ((compatibility.failures(c, o) & mask) == 0) {
                    left++;
                }
            }
            if (left < remaining) {
                reasons.add(reason(condition, left, candidate));
            }
            remaining = left;
        }
        int eligible = remaining;
        List<Unlock> unlocks = unlocks(c, candidate);
        String summaryIt;
        String summaryEn;
        if (eligible == 0) {
            Reason last = reasons.getLast();
            summaryIt = "Nessuna proposta: nessuna opportunità rispetta tutte le condizioni (" + last.it() + ")";
            summaryEn = "No proposal: no opportunity meets every condition (" + last.en() + ")";
        } else {
            String[] note = capacityNote(withRoom);
            summaryIt = String.format(Locale.ROOT, "Nessuna proposta: %d opportunità compatibili, %s", eligible,
                    note[0]);
            summaryEn = String.format(Locale.ROOT, "No proposal: %d compatible opportunities, %s", eligible,
                    note[1]);
        }
        return new Explanation(summaryIt, summaryEn, List.of(), reasons, unlocks);
    }

    /** Why a candidate with eligible opportunities is still left out, in Italian and English. */
    private String[] capacityNote(int withRoom) {
        if (withRoom == 0) {
            return new String[] {
                    "ma i loro posti (o i loro tutor) sono già assegnati a persone con priorità o attesa maggiori "
                            + "o con un abbinamento migliore",
                    "but their seats (or tutors) went to people with a higher priority or longer wait, or a "
                            + "better fit" };
        }
        if (problem.variant() == PlacementVariant.FULL && !problem.budgets().isEmpty()) {
            return new String[] {
                    withRoom + " con posto libero: il bilancio del consorzio o l'equità tra consorzi hanno "
                            + "fatto preferire altri",
                    withRoom + " with a free seat: the consortium's budget or equity across consortia favoured "
                            + "others" };
        }
        return new String[] {
                withRoom + " con posto libero: il risolutore non ha trovato un piano migliore che le includa",
                withRoom + " with a free seat: the solver found no better plan that includes this person" };
    }

    private Reason reason(Condition condition, int left, CandidateSpec candidate) {
        return switch (condition) {
            case REQUIREMENTS -> new Reason(condition.name(), left,
                    left + " richiedono solo competenze e lingue che la persona ha",
                    left + " require only skills and languages the person has");
            case HOURS_AND_DAYS -> new Reason(condition.name(), left,
                    String.format(Locale.ROOT, "%d di queste rientrano nelle %d ore e nei giorni disponibili", left,
                            candidate.weeklyHours()),
                    String.format(Locale.ROOT, "%d of these fit the %d hours and the days available", left,
                            candidate.weeklyHours()));
            case START_WINDOW -> new Reason(condition.name(), left,
                    left + " di queste si possono iniziare dal " + candidate.earliestStart(),
                    left + " of these can start from " + candidate.earliestStart());
            case LIMITATIONS -> new Reason(condition.name(), left,
                    left + " di queste non comportano attività da evitare (" + String.join(", ",
                            candidate.limitations()) + ")",
                    left + " of these involve no activity to avoid (" + String.join(", ", candidate.limitations())
                            + ")");
            case HOST_TO_AVOID -> new Reason(condition.name(), left,
                    left + " di queste presso ospitanti senza un inserimento fallito in passato",
                    left + " of these at hosts without an earlier failed placement");
            case NOT_REJECTED -> new Reason(condition.name(), left,
                    left + " di queste non scartate dal coordinatore",
                    left + " of these not rejected by the coordinator");
            case COMMUTE_KNOWN -> travelMatrix(candidate).routable(candidate.place())
                    ? new Reason(condition.name(), left,
                            String.format(Locale.ROOT, "%d di queste con un tragitto calcolabile %s: le altre sono in "
                                    + "luoghi senza tempi di viaggio su strada", left,
                                    travelIt(candidate.mobility().travelProfile())),
                            String.format(Locale.ROOT, "%d of these with a commute that can be worked out %s: the "
                                    + "others are at places without road travel times", left,
                                    travelEn(candidate.mobility().travelProfile())))
                    : new Reason(condition.name(), left,
                            "tragitto non calcolabile " + travelIt(candidate.mobility().travelProfile())
                                    + ": il luogo della persona non ha tempi di viaggio su strada (nessuna strada "
                                    + "vicina, o non collegata alle altre)",
                            "commute cannot be worked out " + travelEn(candidate.mobility().travelProfile())
                                    + ": the person's place has no road travel times (no road near it, or not "
                                    + "connected to the others)");
            case COMMUTE -> new Reason(condition.name(), left,
                    String.format(Locale.ROOT, "%d di queste entro %d min %s", left, candidate.maxCommuteMinutes(),
                            travelIt(candidate.mobility().travelProfile())),
                    String.format(Locale.ROOT, "%d of these within %d min %s", left, candidate.maxCommuteMinutes(),
                            travelEn(candidate.mobility().travelProfile())));
        };
    }

    private List<Unlock> unlocks(int c, CandidateSpec candidate) {
        int total = problem.opportunities().size();
        int commuteOnly = Condition.COMMUTE.bit();
        List<Unlock> unlocks = new ArrayList<>();
        for (int extra : LONGER_COMMUTE_STEPS) {
            int opens = 0;
            for (int o = 0; o < total; o++) {
                if (compatibility.failures(c, o) == commuteOnly
                        && compatibility.commuteMinutes(c, o) <= candidate.maxCommuteMinutes() + extra) {
                    opens++;
                }
            }
            if (opens > 0) {
                int limit = candidate.maxCommuteMinutes() + extra;
                unlocks.add(new Unlock("LONGER_COMMUTE", "+" + extra + " min", opens,
                        String.format(Locale.ROOT, "Accettando fino a %d min di tragitto si aprono %d opportunità",
                                limit, opens),
                        String.format(Locale.ROOT, "Accepting a commute of up to %d min opens %d opportunities",
                                limit, opens)));
            }
        }
        if (candidate.mobility().travelProfile() != TravelProfile.CAR && carMatrix != null) {
            int opens = 0;
            for (int o = 0; o < total; o++) {
                int place = problem.opportunities().get(o).place();
                if (compatibility.failures(c, o) == commuteOnly && carMatrix.routable(candidate.place())
                        && carMatrix.routable(place) && PairChecks.minutes(carMatrix.travelSeconds(candidate.place(),
                        place)) <= candidate.maxCommuteMinutes()) {
                    opens++;
                }
            }
            if (opens > 0) {
                unlocks.add(new Unlock("TRANSPORT_SUPPORT", "car", opens,
                        String.format(Locale.ROOT,
                                "Un supporto al trasporto (accompagnamento in auto) aprirebbe %d opportunità", opens),
                        String.format(Locale.ROOT,
                                "Transport support (a lift by car) would open %d opportunities", opens)));
            }
        }
        Map<String, Integer> bySkill = new TreeMap<>();
        int requirementsOnly = Condition.REQUIREMENTS.bit();
        for (int o = 0; o < total; o++) {
            OpportunitySpec opportunity = problem.opportunities().get(o);
            if (compatibility.failures(c, o) == requirementsOnly
                    && PairChecks.missingRequirements(candidate, opportunity) == 1) {
                opportunity.requiredSkills().stream().filter(s -> !candidate.skills().contains(s)).findFirst()
                        .or(() -> opportunity.languages().stream().filter(l -> !candidate.languages().contains(l))
                                .map(l -> "lang:" + l).findFirst())
                        .ifPresent(skill -> bySkill.merge(skill, 1, Integer::sum));
            }
        }
        bySkill.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TRAINING_UNLOCKS)
                .forEach(entry -> unlocks.add(new Unlock("TRAINING", entry.getKey(), entry.getValue(),
                        String.format(Locale.ROOT, "Un corso per acquisire «%s» aprirebbe %d opportunità",
                                entry.getKey(), entry.getValue()),
                        String.format(Locale.ROOT, "Training in \"%s\" would open %d opportunities", entry.getKey(),
                                entry.getValue()))));
        int hoursOnly = Condition.HOURS_AND_DAYS.bit();
        int opens = 0;
        for (int o = 0; o < total; o++) {
            if (compatibility.failures(c, o) == hoursOnly) {
                opens++;
            }
        }
        if (opens > 0) {
            unlocks.add(new Unlock("MORE_AVAILABILITY", "hours and days", opens,
                    String.format(Locale.ROOT, "Più ore o giorni di disponibilità aprirebbero %d opportunità", opens),
                    String.format(Locale.ROOT, "More hours or days of availability would open %d opportunities",
                            opens)));
        }
        return unlocks;
    }

    private TravelTimeMatrix travelMatrix(CandidateSpec candidate) {
        return problem.matrices().get(candidate.mobility().travelProfile());
    }

    /** Which of the pair's places has no travel times, in Italian. */
    private String unroutableIt(int c) {
        TravelTimeMatrix matrix = travelMatrix(problem.candidates().get(c));
        return !matrix.routable(problem.candidates().get(c).place())
                ? "il luogo della persona non ha tempi di viaggio su strada"
                : "il luogo dell'opportunità non ha tempi di viaggio su strada";
    }

    private String unroutableEn(int c) {
        TravelTimeMatrix matrix = travelMatrix(problem.candidates().get(c));
        return !matrix.routable(problem.candidates().get(c).place())
                ? "the person's place has no road travel times"
                : "the opportunity's place has no road travel times";
    }

    /**
     * How the person travels, with what the figures are when they are an estimate: a straight line, or the road
     * network's distances at an average speed (public transport without timetables).
     */
    private String travelIt(TravelProfile profile) {
        String how = switch (profile) {
            case CAR -> "in auto";
            case TRANSIT -> "con mezzi pubblici e a piedi";
            case FOOT -> "a piedi";
            case VAN -> "in furgone";
        };
        TravelTimeMatrix matrix = problem.matrices().get(profile);
        if (!matrix.estimate()) {
            return how;
        }
        String timetables = profile == TravelProfile.TRANSIT ? ", non da orari" : "";
        return matrix.roadBased()
                ? how + String.format(Locale.ROOT, " (stima dalle distanze su strada a %s km/h%s)",
                        speed(profile), timetables)
                : how + " (stima in linea d'aria" + timetables + ")";
    }

    private String travelEn(TravelProfile profile) {
        String how = switch (profile) {
            case CAR -> "by car";
            case TRANSIT -> "by public transport and walking";
            case FOOT -> "on foot";
            case VAN -> "by van";
        };
        TravelTimeMatrix matrix = problem.matrices().get(profile);
        if (!matrix.estimate()) {
            return how;
        }
        String timetables = profile == TravelProfile.TRANSIT ? ", not from timetables" : "";
        return matrix.roadBased()
                ? how + String.format(Locale.ROOT, " (estimate from road distances at %s km/h%s)", speed(profile),
                        timetables)
                : how + " (straight-line estimate" + timetables + ")";
    }

    private static String speed(TravelProfile profile) {
        double kmh = profile.defaultSpeedKmh();
        return kmh == Math.rint(kmh) ? Long.toString((long) kmh) : String.format(Locale.ROOT, "%.1f", kmh);
    }
}
