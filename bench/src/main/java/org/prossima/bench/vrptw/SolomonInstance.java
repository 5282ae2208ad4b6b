package org.prossima.bench.vrptw;

import java.util.List;

/**
 * A Solomon VRPTW instance.
 *
 * @param name         the name on the file's first line, e.g. C101
 * @param vehicleCount vehicles available (NUMBER)
 * @param capacity     capacity of each vehicle (CAPACITY)
 * @param customers    the depot at index 0, then the customers in file order
 */
public record SolomonInstance(String name, int vehicleCount, int capacity, List<SolomonCustomer> customers) {

    public SolomonInstance {
        customers = List.copyOf(customers);
        if (customers.isEmpty()) {
            throw new IllegalArgumentException(name + ": no depot row");
        }
    }

    public SolomonCustomer depot() {
        return customers.getFirst();
    }

    /** The customers without the depot. */
    public List<SolomonCustomer> visits() {
        return customers.subList(1, customers.size());
    }
}
