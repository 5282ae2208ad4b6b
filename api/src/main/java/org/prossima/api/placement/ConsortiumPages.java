package org.prossima.api.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.paging.Paging;
import org.prossima.data.territory.TerritoryRepository;

/**
 * The lists of placement matching (candidates, hosts, tutors, opportunities, plans): one consortium's items with
 * {@code ?consortium=CODE}, every consortium's without, a page at a time by the service's one paging policy.
 */
public final class ConsortiumPages {

    /** Where a list's items come from: one page of a consortium's (every consortium's when it is null). */
    @FunctionalInterface
    public interface Source<T> {
        List<T> page(String consortium, long offset, int limit);
    }

    private ConsortiumPages() {
    }

    /** The page asked for; a 400 naming {@code consortium}, {@code page} or {@code size} for each bad one. */
    public static <T> PageResponse<T> page(TerritoryRepository territory, String consortium, String page,
            String size, Source<T> items, ToLongFunction<String> count) {
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = Paging.of(page, size, Paging.DEFAULT_SIZE, problems);
        String scope = consortium == null || consortium.isBlank() ? null : consortium;
        if (scope != null && territory.consortium(scope).isEmpty()) {
            problems.add(new FieldProblem("consortium", scope, "no consortium has this code",
                    "use a code listed by GET /api/v1/territory/consortia, or leave it out for all"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return paging.of(items.page(scope, paging.offset(), paging.size()), count.applyAsLong(scope));
    }
}
