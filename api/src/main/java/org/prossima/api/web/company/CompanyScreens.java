package org.prossima.api.web.company;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.prossima.api.demand.CompanyResponse;
import org.prossima.api.demand.DemandController;
import org.prossima.api.demand.ServiceRequestResponse;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.paging.Paging;
import org.prossima.api.web.PageJson;
import org.prossima.api.web.ScreenLink;
import org.prossima.api.web.TownHalls;
import org.prossima.data.security.Role;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company's screens, for its administrator: post a service request for the employees, see the company's requests
 * with where each stands (the lot it is in, the cooperative that takes the lot on), open one, withdraw one after
 * confirming. Every read and write goes through the demand API's controllers, so the screen and the API agree and the
 * caller sees their own company's requests only.
 */
@Controller
class CompanyScreens {

    static final int PAGE_SIZE = 20;
    static final int MAX_API_PAGES = 10;

    private final DemandController demand;
    private final RequestLots lots;
    private final RequestPosting posting;
    private final RequestMap maps;
    private final TownHalls townHalls;
    private final PageJson json;

    CompanyScreens(DemandController demand, RequestLots lots, RequestPosting posting, RequestMap maps,
                   TownHalls townHalls, PageJson json) {
        this.demand = demand;
        this.lots = lots;
        this.posting = posting;
        this.maps = maps;
        this.townHalls = townHalls;
        this.json = json;
    }

    @Bean
    static ScreenLink companyScreen() {
        return new ScreenLink("/azienda", "company.screen.title", "company.screen.summary", Set.of(Role.HOST_ADMIN),
                40);
    }

    @GetMapping("/azienda")
    String requests(@RequestParam(required = false) String page, Model model) {
        CompanyResponse company = ownCompany();
        return page(model, company, page, RequestForm.blank(company == null ? null : company.istatCode(),
                TerritoryClock.today()), List.of());
    }

    /** Posts the form; back to the list with the new request shown, or the form again with what to put right. */
    @PostMapping("/azienda/richieste")
    String post(@ModelAttribute RequestForm form, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        RequestPosting.Result result = posting.post(form);
        if (result.created() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, ownCompany(), null, form, result.wrong());
        }
        redirect.addFlashAttribute("posted", result.created().id());
        return "redirect:/azienda/richieste/" + result.created().id();
    }

    @GetMapping("/azienda/richieste/{id}")
    String request(@PathVariable String id, Model model) {
        RequestStanding standing = lots.lots().standing(demand.request(id));
        model.addAttribute("standing", standing);
        model.addAttribute("mapJson", json.of(maps.of(standing)));
        return "company/request";
    }

    /** Asks before withdrawing: the request, what withdrawing means, and the two ways out. */
    @GetMapping("/azienda/richieste/{id}/ritiro")
    String confirmWithdrawal(@PathVariable String id, Model model) {
        model.addAttribute("standing", lots.lots().standing(demand.request(id)));
        return "company/withdraw";
    }

    @PostMapping("/azienda/richieste/{id}/ritiro")
    String withdraw(@PathVariable String id, RedirectAttributes redirect) {
        ServiceRequestResponse withdrawn = demand.withdraw(id);
        redirect.addFlashAttribute("withdrawn", withdrawn.serviceTypeLabel());
        return "redirect:/azienda";
    }

    private String page(Model model, CompanyResponse company, String page, RequestForm form, List<String> wrong) {
        PageResponse<ServiceRequestResponse> found = newestFirst(page);
        RequestLots.Lots now = lots.lots();
        model.addAttribute("company", company);
        model.addAttribute("found", found);
        model.addAttribute("standings", found.items().stream().map(now::standing).toList());
        model.addAttribute("planDay", now.planDay());
        model.addAttribute("planUnderWay", now.planUnderWay());
        model.addAttribute("form", form);
        model.addAttribute("wrong", wrong);
        model.addAttribute("serviceTypes", demand.serviceTypes());
        model.addAttribute("comuni", townHalls.byName());
        return "company/requests";
    }

    /**
     * A page of the company's requests, newest first: the one just posted or changed is the one looked for. The API
     * lists them in the order they were posted, so all of them are read (a company has tens, not thousands; past
     * {@value #MAX_API_PAGES} pages of the API the oldest are left out) and the page is cut here.
     */
    private PageResponse<ServiceRequestResponse> newestFirst(String page) {
        List<ServiceRequestResponse> all = new ArrayList<>();
        for (int p = 0; p < MAX_API_PAGES; p++) {
            PageResponse<ServiceRequestResponse> read = demand.list(null, null, null, null, String.valueOf(p),
                    String.valueOf(Paging.MAX_SIZE));
            all.addAll(read.items());
            if (read.items().isEmpty() || all.size() >= read.total()) {
                break;
            }
        }
        Collections.reverse(all);
        int lastPage = Math.max(0, (all.size() - 1) / PAGE_SIZE);
        int shown = Math.min(lastPage, pageNumber(page));
        return new PageResponse<>(all.subList(shown * PAGE_SIZE, Math.min(all.size(), (shown + 1) * PAGE_SIZE)),
                shown, PAGE_SIZE, all.size());
    }

    /** The page asked for; the first for anything that is not a page number. */
    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The caller's company (a company's administrator sees their own only), null when their account has none. */
    private CompanyResponse ownCompany() {
        List<CompanyResponse> own = demand.companies("0", "1").items();
        return own.isEmpty() ? null : own.getFirst();
    }
}
