package org.prossima.api.paging;

import java.util.ArrayList;
import java.util.List;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;

/**
 * Which page of a list to answer, by one policy for every list of the service: pages count from 0 (at most
 * {@value #MAX_PAGE}), a page holds 1 to {@value #MAX_SIZE} items, {@value #DEFAULT_SIZE} unless the list says
 * otherwise. A bad value is a 400 naming {@code page} or {@code size}.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    public static final int MAX_PAGE = 10_000;

    public Paging {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " is outside the policy");
        }
    }

    /** The page asked for, as query parameters given as text; absent ones take the defaults. */
    public static Paging of(String page, String size) {
        return of(page, size, DEFAULT_SIZE);
    }

    /** Likewise with the list's own default page size. */
    public static Paging of(String page, String size, int defaultSize) {
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = of(page, size, defaultSize, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return paging;
    }

    /**
     * The page asked for, adding a problem for each bad value to {@code problems} (so a list with other parameters
     * reports them all at once); the first page of the default size when something is wrong.
     */
    public static Paging of(String page, String size, int defaultSize, List<FieldProblem> problems) {
        Integer p = QueryParams.whole("page", page, 0, MAX_PAGE, 0, "0 for the first page", problems);
        Integer s = QueryParams.whole("size", size, 1, MAX_SIZE, defaultSize,
                "omit it for " + defaultSize + " items a page", problems);
        return new Paging(p == null ? 0 : p, s == null ? defaultSize : s);
    }

    /** The first item of the page, counting from 0 over the whole list. */
    public long offset() {
        return (long) page * size;
    }

    /** This page of a list of {@code total} items. */
    public <T> PageResponse<T> of(List<T> items, long total) {
        return new PageResponse<>(items, page, size, total);
    }
}
