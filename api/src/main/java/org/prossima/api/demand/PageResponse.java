package org.prossima.api.demand;

import java.util.List;

/** One page of a listing: the items, how many match in all, the page (0-based) and its size. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {
}
