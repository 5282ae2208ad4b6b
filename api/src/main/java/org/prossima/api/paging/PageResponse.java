package org.prossima.api.paging;

import java.util.List;

/**
 * One page of a list, the same shape for every list of the service: {@code page} counts from 0, {@code size} is the
 * page size asked for, {@code total} the number of items in all pages.
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public PageResponse {
        items = List.copyOf(items);
    }
}
