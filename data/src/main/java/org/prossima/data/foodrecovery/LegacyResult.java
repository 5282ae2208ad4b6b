package org.prossima.data.foodrecovery;

import static org.prossima.data.foodrecovery.LegacyRequest.epochSecond;
import static org.prossima.data.foodrecovery.LegacyRequest.strings;
import static org.prossima.data.foodrecovery.LegacyRequest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.LeftOutRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.StopRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.TotalsRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.UnassignedRecord;
import org.prossima.solver.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * A food-recovery plan as versions before the plan table stored it (the API's response JSON: local times, km and
 * minutes, sentences in Italian and English), read into the plan record with nothing lost: times back to epoch
 * seconds on the territory's clock, km to metres and minutes to seconds (both read back as they were shown), the
 * totals as they were, sentences kept as {@link Text#legacy} texts since their figures cannot all be recomputed.
 */
public final class LegacyResult {

    private LegacyResult() {
    }

    /**
     * @param result  the stored plan
     * @param request the stored request, for each pickup's kg
     * @param problem the request's problem record, for each stop's place; null when there is none (its stops' places
     *                are then -1)
     */
    public static FoodRecoveryPlanRecord plan(JsonNode result, JsonNode request, FoodRecoveryProblemRecord problem) {
        Map<String, Integer> kgByPickup = new HashMap<>();
        request.path("pickups").forEach(p -> kgByPickup.put(text(p, "id"), p.path("kg").asInt()));
        List<RouteRecord> routes = new ArrayList<>();
        for (JsonNode vehicle : result.path("vehicles")) {
            routes.add(route(vehicle, problem));
        }
        Map<String, JsonNode> reasons = new HashMap<>();
        result.path("unassignedReasons").forEach(r -> reasons.put(text(r, "id"), r));
        List<UnassignedRecord> unassigned = new ArrayList<>();
        for (JsonNode id : result.path("unassigned")) {
            JsonNode reason = reasons.get(id.asString());
            unassigned.add(new UnassignedRecord(id.asString(), reason == null ? null : text(reason, "reason"),
                    reason == null ? null : sentences(reason), kgByPickup.getOrDefault(id.asString(), 0)));
        }
        List<LeftOutRecord> leftOut = new ArrayList<>();
        for (JsonNode left : result.path("unroutable")) {
            leftOut.add(new LeftOutRecord(text(left, "kind"), text(left, "id"), text(left, "reason"), sentences(left)));
        }
        JsonNode totals = result.path("totals");
        return new FoodRecoveryPlanRecord(text(result, "score"), result.path("feasible").asBoolean(),
                text(result, "travelTimeSource"), result.path("travelTimeEstimate").asBoolean(), routes,
                new TotalsRecord(seconds(totals), metres(totals), totals.path("vehiclesUsed").asInt(),
                        totals.path("pickupsAssigned").asInt(), totals.path("pickupsUnassigned").asInt(),
                        totals.path("kgCollected").asLong(), totals.path("kgUnassigned").asLong()),
                unassigned, leftOut);
    }

    private static RouteRecord route(JsonNode vehicle, FoodRecoveryProblemRecord problem) {
        List<StopRecord> stops = new ArrayList<>();
        for (JsonNode stop : vehicle.path("stops")) {
            String recipient = text(stop, "recipient");
            String id = text(stop, "id");
            int place = problem == null ? -1
                    : recipient == null ? problem.pickup(id).place() : problem.recipient(recipient).place();
            stops.add(new StopRecord(id, recipient, place, epochSecond(stop.path("arrival")),
                    epochSecond(stop.path("serviceStart")), epochSecond(stop.path("departure")),
                    stop.path("loadAfterKg").asInt(), strings(stop, "delivered")));
        }
        return new RouteRecord(text(vehicle, "id"), epochSecond(vehicle.path("departure")),
                epochSecond(vehicle.path("returnTime")), seconds(vehicle), metres(vehicle),
                vehicle.path("collectedKg").asLong(), strings(vehicle, "deliveredAtEnd"), stops);
    }

    /** Minutes as shown, in seconds: shown again as the same minutes. */
    private static long seconds(JsonNode item) {
        return item.path("minutes").asLong() * 60;
    }

    /** Km as shown (one decimal), in metres: shown again as the same km. */
    private static long metres(JsonNode item) {
        return Math.round(item.path("km").asDouble() * 1000);
    }

    private static Text sentences(JsonNode item) {
        return Text.legacy(String.valueOf(text(item, "explanation")), String.valueOf(text(item, "explanationEn")));
    }
}
