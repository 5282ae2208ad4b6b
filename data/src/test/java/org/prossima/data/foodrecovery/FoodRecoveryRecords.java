package org.prossima.data.foodrecovery;

import java.util.List;

import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.LeftOutRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.StopRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.TotalsRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.UnassignedRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.DepotRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PickupRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PlaceRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.RecipientRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.VehicleRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.WindowRecord;
import org.prossima.solver.foodrecovery.Compartment;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.prossima.solver.text.Text;

/**
 * A small problem and plan in data's records: depot D at place 0, recipient R at 1, pickups MEALS (30 kg of cooked
 * meals for R) at 2 and BREAD (10 kg) at 3; one van collects both, hands the meals to R and brings the bread back.
 */
final class FoodRecoveryRecords {

    static final long DAY = 1_796_000_000L;

    private FoodRecoveryRecords() {
    }

    static FoodRecoveryProblemRecord problem() {
        List<WindowRecord> day = List.of(new WindowRecord(DAY, DAY + 36_000));
        return new FoodRecoveryProblemRecord("VAN",
                List.of(new PlaceRecord(45.4669, 7.8759), new PlaceRecord(45.38, 7.73), new PlaceRecord(45.31, 7.72),
                        new PlaceRecord(45.45, 7.86)),
                List.of(new DepotRecord("D", "Magazzino", 0)),
                List.of(new VehicleRecord("VAN", 100, 200, 0, "D", "D", DAY, DAY + 28_800, 0, List.of("TAIL_LIFT"),
                        List.of(), null)),
                List.of(new PickupRecord("MEALS", "Mensa", 2, day, 600, 30, FoodCategory.COOKED_MEALS,
                                Compartment.CHILLED, 7200, 4, List.of(), List.of("R")),
                        new PickupRecord("BREAD", null, 3, day, 300, 10, FoodCategory.BREAD_BAKERY, Compartment.AMBIENT,
                                0, 2, List.of(), List.of())),
                List.of(new RecipientRecord("R", "Caritas", 1, day, 600, 0, 80,
                        List.of(Compartment.AMBIENT, Compartment.CHILLED))),
                TravelRecord.of("straight-line estimate", null, List.of(new PlaceRecord(45.4669, 7.8759))));
    }

    static FoodRecoveryPlanRecord plan(String score) {
        var stops = List.of(
                new StopRecord("MEALS", null, 2, DAY + 1000, DAY + 1000, DAY + 1600, 30, List.of()),
                new StopRecord("BREAD", null, 3, DAY + 2000, DAY + 2000, DAY + 2300, 40, List.of()),
                new StopRecord("drop-off:R:0", "R", 1, DAY + 3000, DAY + 3000, DAY + 3600, 10, List.of("MEALS")));
        return new FoodRecoveryPlanRecord(score, true, "straight-line estimate", true,
                List.of(new RouteRecord("VAN", DAY, DAY + 4200, 3100, 41_000, 40, List.of("BREAD"), stops)),
                new TotalsRecord(3100, 41_000, 1, 2, 1, 40, 25),
                List.of(new UnassignedRecord("FAR", "NO_WINDOW_REACHABLE",
                        Text.of("foodrecovery.unassigned.NO_WINDOW_REACHABLE", 1, 1), 25)),
                List.of(new LeftOutRecord("RECIPIENT", "R2", "NOT_CONNECTED",
                        Text.of("foodrecovery.leftout.RECIPIENT", Text.of("travel.unroutable.NOT_CONNECTED",
                                Text.of("travel.by.van"))))));
    }
}
