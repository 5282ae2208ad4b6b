package org.prossima.api.web.food;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.prossima.api.foodrecovery.FoodRecoveryProblemRequest;
import org.prossima.api.foodrecovery.PickupRequest;
import org.prossima.api.foodrecovery.RecipientRequest;
import org.prossima.api.foodrecovery.VehicleRequest;
import org.prossima.api.web.TownHalls;

/**
 * The demo day as the dispatcher's screen lists it before it is planned: its lots, vehicles and recipients, each
 * place by the name of its comune when the problem gives one (the demo places supermarkets by coordinates).
 */
record DemoDay(LocalDate day, List<LotLine> lots, List<VehicleLine> vehicles, List<RecipientLine> recipients,
        long kg) {

    record LotLine(String id, String donor, String comune, int kg, String category, LocalDateTime opens) {
    }

    record VehicleLine(String id, int capacityKg, int chilledKg, int frozenKg, String depot, LocalDateTime shiftStart,
            LocalDateTime shiftEnd, String driver) {
    }

    record RecipientLine(String id, String name, String comune, int peopleServed) {
    }

    static DemoDay of(FoodRecoveryProblemRequest demo, TownHalls townHalls) {
        List<LotLine> lots = demo.pickups().stream().map(p -> new LotLine(p.id(), p.donor(), comune(p.istatCode(),
                townHalls), p.kg(), p.category() == null ? "DRY_GOODS" : p.category().name(), opens(p))).toList();
        List<VehicleLine> vehicles = demo.vehicles().stream().map(DemoDay::vehicle).toList();
        List<RecipientLine> recipients = demo.recipientsOrEmpty().stream().map(r -> recipient(r, townHalls)).toList();
        LocalDate day = demo.vehicles().isEmpty() ? null : demo.vehicles().getFirst().shiftStart().toLocalDate();
        return new DemoDay(day, lots, vehicles, recipients, lots.stream().mapToLong(LotLine::kg).sum());
    }

    private static VehicleLine vehicle(VehicleRequest v) {
        return new VehicleLine(v.id(), v.capacityKg(), v.chilledKg() == null ? 0 : v.chilledKg(),
                v.frozenKg() == null ? 0 : v.frozenKg(), v.startDepot(), v.shiftStart(), v.shiftEnd(), v.driver());
    }

    private static RecipientLine recipient(RecipientRequest r, TownHalls townHalls) {
        return new RecipientLine(r.id(), r.name(), comune(r.istatCode(), townHalls), r.peopleServed());
    }

    private static LocalDateTime opens(PickupRequest p) {
        if (p.windowStart() != null) {
            return p.windowStart();
        }
        return p.windows() == null || p.windows().isEmpty() ? null : p.windows().getFirst().start();
    }

    private static String comune(String istatCode, TownHalls townHalls) {
        return istatCode == null ? null : townHalls.name(istatCode);
    }
}
