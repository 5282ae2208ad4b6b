package org.prossima.api.placement;

import org.prossima.api.error.InvalidRequestException;
import org.prossima.data.territory.TerritoryRepository;

/** Page and consortium filter of a list request, checked. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidRequestException("page", page, "page must not be negative", "pages count from 0");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("size", size, "size must be between 1 and " + MAX_SIZE,
                    "omit it for " + DEFAULT_SIZE + " items a page");
        }
        return new Paging(p, s);
    }

    long offset() {
        return (long) page * size;
    }

    /** The consortium filter of a list: null for all, else a known consortium code (400 if unknown). */
    static String consortium(TerritoryRepository territory, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (territory.consortium(code).isEmpty()) {
            throw new InvalidRequestException("consortium", code, "no consortium has this code",
                    "use a code listed by GET /api/v1/territory/consortia, or leave it out for all");
        }
        return code;
    }
}
