package org.prossima.api.web.company;

import java.time.LocalDate;
import java.util.List;

import org.prossima.api.demand.AllocationPlanResponse.AllocatedLot;
import org.prossima.api.demand.LotsResponse;

/**
 * The lot a company's request is in, as the company's screen tells it: the service, how many requests (of any company)
 * and hours a week it gathers, the comuni it spans and its period; and, once an allocation plan has placed it, the
 * cooperative that takes it on and how far its base is, or why no cooperative could. Other companies' requests are
 * only counted, never named.
 *
 * @param planned       whether the lot is from the current allocation plan (false: the lot the request would be in
 *                      now, which the next plan will allocate)
 * @param cooperative   the cooperative's name, null when none takes the lot on (or it is not planned yet)
 * @param travelMinutes from the cooperative's base to the lot, by car
 * @param reason        why no cooperative takes it on, in the page's language
 * @param place         where the lot's work is measured to, null when not known
 */
record LotShare(boolean planned, String serviceLabel, int requests, int weeklyHours, List<String> comuni,
                LocalDate from, LocalDate until, String cooperativeId, String cooperative, Integer travelMinutes,
                String reason, LotsResponse.Point place, double radiusKm) {

    static LotShare planned(AllocatedLot lot) {
        return new LotShare(true, lot.serviceTypeLabel(), lot.requestIds().size(), lot.weeklyHours(),
                names(lot.comuni()), lot.from(), lot.until(), lot.cooperativeId(), lot.cooperativeName(),
                lot.travelMinutes(), lot.reason(), lot.place(), lot.radiusKm());
    }

    static LotShare forming(LotsResponse.Lot lot) {
        return new LotShare(false, lot.serviceTypeLabel(), lot.requests().size(), lot.weeklyHours(),
                names(lot.comuni()), lot.from(), lot.until(), null, null, null, null, lot.place(), lot.radiusKm());
    }

    /** Whether a cooperative takes the lot on (public: the templates call it). */
    public boolean allocated() {
        return cooperative != null;
    }

    private static List<String> names(List<LotsResponse.ComuneRef> comuni) {
        return comuni.stream().map(LotsResponse.ComuneRef::name).toList();
    }
}
