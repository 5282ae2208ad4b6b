package org.prossima.solver.foodrecovery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Problem fact: the recipients that share the food, each in proportion to the people it feeds.
 * Recipients feeding nobody (hubs) are left out.
 */
public final class FairShares {

    private final List<RecipientSpec> recipients;
    private final long totalPeople;

    FairShares(List<RecipientSpec> recipients) {
        this.recipients = recipients.stream().filter(r -> r.peopleServed() > 0).toList();
        this.totalPeople = this.recipients.stream().mapToLong(RecipientSpec::peopleServed).sum();
    }

    /**
     * Kg that would have to change hands for every recipient to get its share of the food
     * delivered to all of them: half the sum of |kg received − share × total kg|, rounded.
     */
    public long unfairKg(List<Delivery> deliveries) {
        if (totalPeople == 0) {
            return 0;
        }
        Map<String, Long> received = new HashMap<>();
        long total = 0;
        for (Delivery delivery : deliveries) {
            if (delivery.recipient().peopleServed() > 0) {
                received.merge(delivery.recipient().id(), (long) delivery.kg(), Long::sum);
                total += delivery.kg();
            }
        }
        double deviation = 0;
        for (RecipientSpec recipient : recipients) {
            double share = (double) total * recipient.peopleServed() / totalPeople;
            deviation += Math.abs(received.getOrDefault(recipient.id(), 0L) - share);
        }
        return Math.round(deviation / 2);
    }
}
