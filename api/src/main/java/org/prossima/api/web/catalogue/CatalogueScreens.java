package org.prossima.api.web.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.prossima.api.catalogue.CatalogueController;
import org.prossima.api.catalogue.OfferingResponse;
import org.prossima.api.catalogue.OfferingSearchResponse;
import org.prossima.api.catalogue.SearchHit;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.web.MapData;
import org.prossima.api.web.PageJson;
import org.prossima.api.web.ScreenLink;
import org.prossima.api.web.TownHalls;
import org.prossima.data.catalogue.OfferingCategory;
import org.prossima.solver.placement.Programme;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The citizen's and the front-desk operator's catalogue, open to everyone: search by words, category, comune,
 * what can be reached from one's comune within some minutes by bus or on foot, and a few eligibility questions; the
 * results as a list and on a map; each offering's page with its contacts and hours. The screen asks the same search
 * as the API ({@link CatalogueController}), so both always agree; htmx replaces only the results as filters change.
 */
@Controller
class CatalogueScreens {

    static final int PAGE_SIZE = 10;

    private final CatalogueController catalogue;
    private final TownHalls townHalls;
    private final PageJson json;

    CatalogueScreens(CatalogueController catalogue, TownHalls townHalls, PageJson json) {
        this.catalogue = catalogue;
        this.townHalls = townHalls;
        this.json = json;
    }

    @Bean
    static ScreenLink catalogueScreen() {
        return new ScreenLink("/catalogo", "catalogue.screen.title", "catalogue.screen.summary", Set.of(), 90);
    }

    @GetMapping("/catalogo")
    String search(@RequestParam(required = false) String q,
                  @RequestParam(required = false) List<String> category,
                  @RequestParam(required = false) String comune,
                  @RequestParam(required = false) String from,
                  @RequestParam(required = false) String withinMinutes,
                  @RequestParam(required = false) String by,
                  @RequestParam(required = false) String age,
                  @RequestParam(required = false) String isee,
                  @RequestParam(required = false) String residence,
                  @RequestParam(required = false) List<String> programme,
                  @RequestParam(required = false) String page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Model model) {
        SearchForm form = new SearchForm(blankToNull(q), category == null ? List.of() : category, blankToNull(comune),
                blankToNull(from), blankToNull(withinMinutes), by == null || by.isBlank() ? "transit" : by,
                blankToNull(age), blankToNull(isee), blankToNull(residence),
                programme == null ? List.of() : programme);
        model.addAttribute("form", form);
        model.addAttribute("categories", Arrays.asList(OfferingCategory.values()));
        model.addAttribute("programmes", Arrays.stream(Programme.values()).filter(p -> p != Programme.NONE).toList());
        model.addAttribute("comuni", townHalls.byName());
        try {
            OfferingSearchResponse found = catalogue.search(form.q(), form.category(), form.comune(),
                    form.withinMinutes(), form.withinMinutes() == null ? null : form.from(),
                    form.withinMinutes() == null ? null : form.by(), form.age(), form.isee(), form.residence(), null,
                    form.programme(), page, String.valueOf(PAGE_SIZE));
            model.addAttribute("found", found);
            model.addAttribute("mapJson", json.of(map(found.items())));
        } catch (InvalidRequestException e) {
            List<FieldProblem> problems = e.problems();
            model.addAttribute("problems", problems);
        }
        return htmx != null ? "catalogue/search :: results" : "catalogue/search";
    }

    @GetMapping("/catalogo/{id}")
    String offering(@PathVariable String id, Model model) {
        OfferingResponse offering;
        try {
            offering = catalogue.offering(UUID.fromString(id));
        } catch (IllegalArgumentException | org.prossima.api.error.NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("offering", offering);
        model.addAttribute("served", offering.comuniServed().stream().map(townHalls::name).sorted().toList());
        MapData map = MapData.of(townHalls, null);
        if (offering.address() != null) {
            map.points().add(MapData.Point.of(offering.address().lat(), offering.address().lon(), offering.title()));
        }
        model.addAttribute("mapJson", json.of(map));
        return "catalogue/offering";
    }

    private MapData map(List<SearchHit> hits) {
        MapData map = MapData.of(townHalls, null);
        for (SearchHit hit : hits) {
            OfferingResponse item = hit.offering();
            if (item.address() != null) {
                map.points().add(new MapData.Point(item.address().lat(), item.address().lon(), item.title(),
                        "/catalogo/" + item.id(), null, null));
            }
        }
        return map;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The search as the form shows it back. */
    record SearchForm(String q, List<String> category, String comune, String from, String withinMinutes, String by,
                      String age, String isee, String residence, List<String> programme) {
    }
}
