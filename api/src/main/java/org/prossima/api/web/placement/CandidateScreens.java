package org.prossima.api.web.placement;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.prossima.api.error.InvalidCsvException;
import org.prossima.api.error.RowProblem;
import org.prossima.api.placement.csv.CsvImportController;
import org.prossima.api.placement.csv.ImportResult;
import org.prossima.api.web.ScreenLink;
import org.prossima.api.web.TownHalls;
import org.prossima.data.placement.CandidateRow;
import org.prossima.data.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The coordinator's candidates: their consortium's people in a pathway, filtered by comune, status and words, a page
 * at a time in the API's order (oldest first), and the CSV import of the API ({@link CsvImportController}) with its row report shown as it comes back:
 * the rows stored, or every rejected row with its line and reason (the import is all or nothing). Names are read
 * (and audited) for the rows shown only; the filters work on the planning data.
 */
@Controller
class CandidateScreens {

    static final int PAGE_SIZE = 25;

    private final Roster roster;
    private final CsvImportController csv;
    private final TownHalls townHalls;

    CandidateScreens(Roster roster, CsvImportController csv, TownHalls townHalls) {
        this.roster = roster;
        this.csv = csv;
        this.townHalls = townHalls;
    }

    @Bean
    static ScreenLink coordinatorScreen() {
        return new ScreenLink("/coordinatore", "placement.screen.title", "placement.screen.summary",
                Set.of(Role.COORDINATOR, Role.ADMIN), 10);
    }

    @GetMapping("/coordinatore/candidati")
    String candidates(@RequestParam(required = false) String q, @RequestParam(required = false) String comune,
                      @RequestParam(required = false) String status, @RequestParam(required = false) String page,
                      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        list(new Filters(blankToNull(q), blankToNull(comune), blankToNull(status), pageNumber(page)), model);
        return htmx != null ? "placement/candidates :: list" : "placement/candidates";
    }

    /** The spreadsheet's rows, posted to the API's import as they are; the page again with the row report. */
    @PostMapping("/coordinatore/candidati/import")
    String importCandidates(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        try {
            ImportResult result = csv.importCandidates(file == null ? new byte[0] : file.getBytes());
            model.addAttribute("imported", result);
        } catch (InvalidCsvException e) {
            List<RowProblem> problems = e.problems();
            model.addAttribute("rejected", problems);
            model.addAttribute("rejectedRows", problems.stream().map(RowProblem::row).distinct().count());
        }
        list(new Filters(null, null, null, 0), model);
        return "placement/candidates";
    }

    private void list(Filters filters, Model model) {
        List<CandidateRow> matching = roster.candidates().stream().filter(c -> filters.keeps(c, townHalls)).toList();
        int from = Math.min(filters.page() * PAGE_SIZE, matching.size());
        List<CandidateRow> shown = matching.subList(from, Math.min(from + PAGE_SIZE, matching.size()));
        Map<String, String> names = roster.names(shown.stream().map(c -> c.id().toString()).toList());
        model.addAttribute("filters", filters);
        model.addAttribute("total", matching.size());
        model.addAttribute("candidates", shown.stream().map(c -> CandidateView.of(c, names.get(c.id().toString()),
                townHalls)).toList());
        model.addAttribute("hasPrevious", filters.page() > 0);
        model.addAttribute("hasNext", from + PAGE_SIZE < matching.size());
        model.addAttribute("comuni", townHalls.byName());
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Math.max(0, Math.min(Integer.parseInt(page.strip()), 10_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The list's filters as the form shows them back; {@code status}: {@code waiting} or {@code accepted}. */
    public record Filters(String q, String comune, String status, int page) {

        boolean keeps(CandidateRow c, TownHalls townHalls) {
            if (comune != null && !comune.equals(c.istatCode())) {
                return false;
            }
            if ("accepted".equals(status) && c.acceptedOpportunityId() == null
                    || "waiting".equals(status) && c.acceptedOpportunityId() != null) {
                return false;
            }
            return q == null || words(c, townHalls).contains(q.toLowerCase(Locale.ROOT));
        }

        /** What the words filter searches: the id, the comune's name, skills, languages and preferred sectors. */
        private static String words(CandidateRow c, TownHalls townHalls) {
            return String.join(" ", c.id().toString(), c.istatCode() == null ? "" : townHalls.name(c.istatCode()),
                    String.join(" ", c.skills()), String.join(" ", c.languages()),
                    String.join(" ", c.preferredSectors()), c.programme().name()).toLowerCase(Locale.ROOT);
        }
    }
}
