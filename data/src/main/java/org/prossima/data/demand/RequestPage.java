package org.prossima.data.demand;

import java.util.List;

/** One page of requests, oldest first, and how many match in all. */
public record RequestPage(List<StoredServiceRequest> items, long total) {
}
