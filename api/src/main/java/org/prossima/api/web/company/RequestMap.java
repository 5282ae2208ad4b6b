package org.prossima.api.web.company;

import java.util.List;

import org.prossima.api.demand.CooperativeController;
import org.prossima.api.demand.CooperativeResponse;
import org.prossima.api.demand.ServiceRequestResponse;
import org.prossima.api.web.MapData;
import org.prossima.api.web.TownHalls;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A request's map: where the company asked for the service, where its lot's work is, and the base of the cooperative
 * taking the lot on, joined to the lot by a dashed line (the travel time is a straight-line estimate, not a road).
 */
@Component
class RequestMap {

    static final int REQUEST = 0;
    static final int COOPERATIVE = 2;
    static final int LOT = 3;

    private final CooperativeController cooperatives;
    private final TownHalls townHalls;
    private final MessageSource messages;

    RequestMap(CooperativeController cooperatives, TownHalls townHalls, MessageSource messages) {
        this.cooperatives = cooperatives;
        this.townHalls = townHalls;
        this.messages = messages;
    }

    MapData of(RequestStanding standing) {
        MapData map = MapData.of(townHalls, null);
        ServiceRequestResponse request = standing.request();
        map.points().add(new MapData.Point(request.lat(), request.lon(), words("company.map.request",
                request.serviceTypeLabel()), null, REQUEST, 8));
        LotShare lot = standing.lot();
        if (lot == null || lot.place() == null) {
            return map;
        }
        map.points().add(new MapData.Point(lot.place().lat(), lot.place().lon(), words("company.map.lot",
                String.join(", ", lot.comuni())), null, LOT, 6));
        if (lot.cooperativeId() != null) {
            CooperativeResponse cooperative = cooperatives.cooperative(lot.cooperativeId());
            map.points().add(new MapData.Point(cooperative.lat(), cooperative.lon(), words("company.map.cooperative",
                    cooperative.name()), null, COOPERATIVE, 8));
            map.lines().add(new MapData.Line(List.of(new double[] {cooperative.lat(), cooperative.lon()},
                    new double[] {lot.place().lat(), lot.place().lon()}), words("company.map.travel",
                    String.valueOf(lot.travelMinutes())), COOPERATIVE, true));
        }
        return map;
    }

    private String words(String key, String argument) {
        return messages.getMessage(key, new Object[] {argument}, LocaleContextHolder.getLocale());
    }
}
