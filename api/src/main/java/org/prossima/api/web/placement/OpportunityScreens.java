package org.prossima.api.web.placement;

import java.util.Arrays;
import java.util.List;

import org.prossima.api.web.MapData;
import org.prossima.api.web.PageJson;
import org.prossima.api.web.TownHalls;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.solver.placement.OpportunityKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The opportunities a coordinator plans their candidates on (every consortium's, as the API lists them): company
 * internships, type-B cooperative jobs and community activities, on a map (one colour per kind) and in a list.
 */
@Controller
class OpportunityScreens {

    private final Roster roster;
    private final TownHalls townHalls;
    private final PageJson json;
    private final MessageSource messages;

    OpportunityScreens(Roster roster, TownHalls townHalls, PageJson json, MessageSource messages) {
        this.roster = roster;
        this.townHalls = townHalls;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/coordinatore/opportunita")
    String opportunities(@RequestParam(required = false) String kind,
                         @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        OpportunityKind chosen = Arrays.stream(OpportunityKind.values()).filter(k -> k.name().equals(kind))
                .findFirst().orElse(null);
        List<OpportunityView> shown = roster.opportunities().stream()
                .filter(o -> chosen == null || o.kind() == chosen).map(o -> OpportunityView.of(o, townHalls)).toList();
        MapData map = MapData.of(townHalls, null);
        for (OpportunityView o : shown) {
            if (o.place() != null) {
                map.points().add(new MapData.Point(o.place()[0], o.place()[1], o.id() + " — " + kindLabel(o.kind())
                        + (o.comune() == null ? "" : ", " + o.comune()), null, o.group(), null));
            }
        }
        model.addAttribute("kinds", OpportunityKind.values());
        model.addAttribute("kind", chosen == null ? null : chosen.name());
        model.addAttribute("opportunities", shown);
        model.addAttribute("mapJson", json.of(map));
        return htmx != null ? "placement/opportunities :: list" : "placement/opportunities";
    }

    private String kindLabel(String kind) {
        return messages.getMessage("placement.screen.kind." + kind, null, LocaleContextHolder.getLocale());
    }

    /** An opportunity as the list shows it; {@code group} is its kind's colour on the map. */
    public record OpportunityView(String id, String consortium, String kind, int group, String hostId, String comune,
            String sector, List<String> requiredSkills, int weeklyHours, List<String> days, int seats,
            int monthlyCostEuros, double[] place) {

        static OpportunityView of(OpportunityRow o, TownHalls townHalls) {
            return new OpportunityView(o.id(), o.consortium(), o.kind().name(), o.kind().ordinal(), o.hostId(),
                    o.istatCode() == null ? null : townHalls.name(o.istatCode()), o.sector(), o.requiredSkills(),
                    o.weeklyHours(), o.days().stream().map(Enum::name).toList(), o.seats(), o.monthlyCostEuros(),
                    Places.of(o.lat(), o.lon(), o.istatCode(), townHalls).orElse(null));
        }
    }
}
