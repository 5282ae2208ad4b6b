package org.prossima.api.web.placement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.prossima.api.error.NotFoundException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.paging.Paging;
import org.prossima.api.placement.roster.CandidateController;
import org.prossima.api.placement.roster.OpportunityController;
import org.prossima.data.placement.CandidateRow;
import org.prossima.api.security.Callers;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.data.security.Role;
import org.springframework.stereotype.Component;

/**
 * The coordinator's roster as the screens read it: through the API's own controllers, so the screen sees exactly
 * what the caller's scope lets the API answer (their consortium's candidates, every opportunity), and names only
 * through the audited door of personal details. The API gives candidates, opportunities and names to coordinators
 * only (the access matrix): for anyone else who opens a plan (an administrator) the roster is empty, as it would be
 * through the API, and the plan shows opaque ids.
 */
@Component
class Roster {

    /** Enough for any consortium (the largest has a few hundred people in a pathway); a bound, not a page. */
    private static final int MAX_PAGES = 20;

    private final CandidateController candidates;
    private final OpportunityController opportunities;

    Roster(CandidateController candidates, OpportunityController opportunities) {
        this.candidates = candidates;
        this.opportunities = opportunities;
    }

    List<CandidateRow> candidates() {
        if (!coordinator()) {
            return List.of();
        }
        return all(page -> candidates.list(null, String.valueOf(page), String.valueOf(Paging.MAX_SIZE)));
    }

    List<OpportunityRow> opportunities() {
        if (!coordinator()) {
            return List.of();
        }
        return all(page -> opportunities.list(null, String.valueOf(page), String.valueOf(Paging.MAX_SIZE)));
    }

    /**
     * The full names recorded for these candidates, by id (none for those without details). Each read goes through
     * the API's person resource and so into the audit of personal data: call it for the rows a page shows only.
     */
    Map<String, String> names(Collection<String> candidateIds) {
        Map<String, String> names = new HashMap<>();
        if (!coordinator()) {
            return names;
        }
        for (String id : candidateIds) {
            try {
                String name = candidates.person(id).fullName();
                if (name != null && !name.isBlank()) {
                    names.put(id, name);
                }
            } catch (NotFoundException e) {
                // No details recorded: the screen shows the opaque id.
            }
        }
        return names;
    }

    /** Whether the caller is a coordinator, the one role the API gives the roster and people's names to. */
    static boolean coordinator() {
        return Callers.current().map(c -> c.is(Role.COORDINATOR)).orElse(false);
    }

    private static <T> List<T> all(IntFunction<PageResponse<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            PageResponse<T> one = pages.apply(page);
            all.addAll(one.items());
            if ((long) (page + 1) * one.size() >= one.total()) {
                break;
            }
        }
        return all;
    }

    /** A short form of an opaque id, for people to tell rows apart (the full id is in the row's title). */
    static String shortId(String id) {
        return id == null || id.length() <= 8 ? id : id.substring(0, 8);
    }
}
