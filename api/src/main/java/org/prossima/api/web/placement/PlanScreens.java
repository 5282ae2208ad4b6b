package org.prossima.api.web.placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.prossima.api.error.ApiProblemException;
import org.prossima.api.placement.plan.PlacementPlanController;
import org.prossima.api.placement.plan.PlanRequest;
import org.prossima.api.placement.plan.PlanResponse;
import org.prossima.api.placement.plan.PlanSummary;
import org.prossima.api.web.PageJson;
import org.prossima.api.web.TownHalls;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.plans.PlanStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The coordinator's plans: "plan now" (the API's {@code POST /api/v1/placement/plans} for their consortium), the
 * plan's progress while it is solved and then the plan itself: its matches as a table and as commute lines on a map,
 * each proposal's explanation, accept and reject (the API's decisions) and the people left out with their reasons.
 * An administrator opens the same pages for plans of the whole ASL, without names, homes or decisions (the API gives
 * those to coordinators only). Progress comes from the API's server-sent events ({@code GET
 * /api/v1/placement/plans/{id}/events}, followed by {@code js/plan-progress.js} with the session's cookie): status,
 * best score and elapsed time as they change, then the final plan fetched once. The stream is held asynchronously
 * (no request thread per open page). Where the stream fails or the browser has none, the page polls as before: it asks
 * for the plan again every second (htmx) until it is final, and the answer without the polling attributes stops it.
 */
@Controller
class PlanScreens {

    private static final List<Integer> SECONDS = List.of(10, 30, 60);

    private final PlacementPlanController plans;
    private final Roster roster;
    private final TownHalls townHalls;
    private final PageJson json;
    private final MessageSource messages;
    private final PlanMap maps;

    PlanScreens(PlacementPlanController plans, Roster roster, TownHalls townHalls, PageJson json,
            MessageSource messages) {
        this.plans = plans;
        this.roster = roster;
        this.townHalls = townHalls;
        this.json = json;
        this.messages = messages;
        this.maps = new PlanMap(townHalls, messages);
    }

    /** The coordinator's start page: plan now, the latest plans, the ways to the candidates and opportunities. */
    @GetMapping("/coordinatore")
    String overview(Model model) {
        List<PlanSummary> latest = plans.list(null, "0", "10").items();
        model.addAttribute("plans", latest);
        model.addAttribute("coordinator", Roster.coordinator());
        model.addAttribute("secondsChoices", SECONDS);
        return "placement/overview";
    }

    @PostMapping("/coordinatore/piani")
    String planNow(@RequestParam(required = false) Integer seconds) {
        Integer chosen = seconds != null && SECONDS.contains(seconds) ? seconds : null;
        PlanSummary started = plans.create(new PlanRequest(null, chosen)).getBody();
        return "redirect:/coordinatore/piani/" + started.id();
    }

    @GetMapping("/coordinatore/piani/{id}")
    String plan(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        PlanResponse plan = plans.plan(id);
        boolean active = PlanStatus.valueOf(plan.status()).active();
        if (active) {
            // While it is solved the page shows its progress only: no roster, names or map at every poll (names
            // are read, and audited, once the plan is final).
            model.addAttribute("plan", plan);
            model.addAttribute("active", true);
            model.addAttribute("progress", progress(plan));
            return htmx != null ? "placement/plan :: plan" : "placement/plan";
        }
        Map<String, OpportunityRow> opportunities = byId(roster.opportunities());
        Map<String, String> names = plan.matches() == null ? Map.of()
                : roster.names(plan.matches().stream().map(PlanResponse.Match::candidateId).toList());
        List<MatchView> rows = plan.matches() == null ? List.of() : plan.matches().stream()
                .map(m -> view(plan, m, names, opportunities, null)).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("coordinator", Roster.coordinator());
        model.addAttribute("active", false);
        model.addAttribute("matched", rows.stream().filter(r -> r.opportunityId() != null).toList());
        model.addAttribute("unplaced", rows.stream().filter(r -> r.opportunityId() == null).toList());
        model.addAttribute("progress", progress(plan));
        model.addAttribute("mapJson", json.of(maps.of(plan, rows, opportunities, roster.candidates())));
        return htmx != null ? "placement/plan :: plan" : "placement/plan";
    }

    @PostMapping("/coordinatore/piani/{id}/proposte/{candidateId}/accetta")
    String accept(@PathVariable String id, @PathVariable String candidateId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        return decide(id, candidateId, true, htmx != null, model);
    }

    @PostMapping("/coordinatore/piani/{id}/proposte/{candidateId}/rifiuta")
    String reject(@PathVariable String id, @PathVariable String candidateId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        return decide(id, candidateId, false, htmx != null, model);
    }

    /**
     * Takes the decision through the API and answers the row as it now stands (htmx swaps it in place); a decision
     * the API refuses (a full opportunity, a plan not yet solved) is said in the row. Without htmx, the plan again.
     */
    private String decide(String id, String candidateId, boolean accept, boolean htmx, Model model) {
        String problem = null;
        try {
            if (accept) {
                plans.accept(id, candidateId);
            } else {
                plans.reject(id, candidateId);
            }
        } catch (ApiProblemException e) {
            if (!htmx) {
                throw e;
            }
            problem = messages.getMessage(accept ? "placement.plan.acceptFailed" : "placement.plan.rejectFailed",
                    null, LocaleContextHolder.getLocale());
        }
        if (!htmx) {
            return "redirect:/coordinatore/piani/" + id;
        }
        PlanResponse plan = plans.plan(id);
        PlanResponse.Match match = plan.matches() == null ? null : plan.matches().stream()
                .filter(m -> m.candidateId().equals(candidateId)).findFirst().orElse(null);
        if (match == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("plan", plan);
        // The row is rendered by the table's own row template, which repeats over "matched": this one row.
        model.addAttribute("matched", List.of(view(plan, match, roster.names(List.of(candidateId)),
                byId(roster.opportunities()), problem)));
        return "placement/plan :: match";
    }

    private MatchView view(PlanResponse plan, PlanResponse.Match m, Map<String, String> names,
            Map<String, OpportunityRow> opportunities, String problem) {
        OpportunityRow o = m.opportunityId() == null ? null : opportunities.get(m.opportunityId());
        // Only a coordinator of the candidate's consortium decides (the API's rule, art. 22 GDPR).
        boolean decidable = Roster.coordinator() && PlanStatus.SOLVED.name().equals(plan.status())
                && m.opportunityId() != null;
        return MatchView.of(m, names.get(m.candidateId()), o == null ? m.opportunityId() : label(o), decidable,
                problem);
    }

    private String label(OpportunityRow o) {
        String kind = messages.getMessage("placement.screen.kind." + o.kind().name(), null,
                LocaleContextHolder.getLocale());
        return o.id() + " — " + kind + (o.istatCode() == null ? "" : ", " + townHalls.name(o.istatCode()));
    }

    /** How far the solving is, in percent of its time limit (100 once final). */
    private static int progress(PlanResponse plan) {
        if (!PlanStatus.valueOf(plan.status()).active()) {
            return 100;
        }
        Long elapsed = plan.solving() == null ? null : plan.solving().elapsedSeconds();
        if (elapsed == null || plan.timeLimitSeconds() <= 0) {
            return 0;
        }
        return (int) Math.min(99, elapsed * 100 / plan.timeLimitSeconds());
    }

    private static Map<String, OpportunityRow> byId(List<OpportunityRow> rows) {
        Map<String, OpportunityRow> byId = new HashMap<>();
        rows.forEach(o -> byId.put(o.id(), o));
        return byId;
    }
}
