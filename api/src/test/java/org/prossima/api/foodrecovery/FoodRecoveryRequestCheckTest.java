package org.prossima.api.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PlaceRecord;
import org.prossima.data.foodrecovery.LegacyRequest;
import org.prossima.data.plans.PlanJson;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.TerritoryClock;
import org.prossima.solver.territory.TerritoryFiles;
import tools.jackson.databind.json.JsonMapper;

/** The request check alone: pure, no service, no database; the comuni come from the territory files. */
class FoodRecoveryRequestCheckTest {

    private static final Map<String, Comune> COMUNI = TerritoryFiles.asl4Comuni().stream()
            .collect(Collectors.toMap(Comune::istatCode, Function.identity()));
    private static final Function<String, Optional<Comune>> LOOKUP = code -> Optional.ofNullable(COMUNI.get(code));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PROBLEM = """
            {
              "depots": [{"id": "D1", "name": "Magazzino", "istatCode": "001125"},
                         {"id": "HUB", "lat": 45.4501, "lon": 7.8602}],
              "vehicles": [
                {"id": "CAR", "capacityKg": 100, "startDepot": "D1", "endDepot": "HUB",
                 "shiftStart": "2026-12-01T08:00:00", "shiftEnd": "2026-12-01T16:00:00"},
                {"id": "VAN", "capacityKg": 100, "chilledKg": 200, "startDepot": "D1", "maxRouteMinutes": 300,
                 "shiftStart": "2026-12-01T08:00:00", "shiftEnd": "2026-12-01T16:00:00",
                 "skills": ["TAIL_LIFT", "TAIL_LIFT"], "pinnedStops": ["BREAD", "drop-off:MENSA:1"]}
              ],
              "recipients": [
                {"id": "MENSA", "name": "Mensa", "lat": 45.42, "lon": 7.83, "serviceMinutes": 10,
                 "windows": [{"start": "2026-12-01T08:00:00", "end": "2026-12-01T12:00:00"},
                             {"start": "2026-12-01T14:00:00", "end": "2026-12-01T18:00:00"}],
                 "peopleServed": 100, "capacityKg": 100, "accepts": ["CHILLED", "AMBIENT"]}
              ],
              "pickups": [
                {"id": "MEALS", "donor": "Mensa aziendale", "istatCode": "001098", "category": "COOKED_MEALS",
                 "recipients": ["MENSA"], "windowStart": "2026-12-01T13:30:00", "windowEnd": "2026-12-01T15:00:00",
                 "serviceMinutes": 10, "kg": 30},
                {"id": "BREAD", "istatCode": "001217", "category": "BREAD_BAKERY", "maxMinutesOnBoard": 90,
                 "windowStart": "2026-12-01T08:00:00", "windowEnd": "2026-12-01T12:30:00",
                 "serviceMinutes": 5, "kg": 10, "requiredSkills": ["TAIL_LIFT"]}
              ]
            }""";

    private static FoodRecoveryProblemRecord checked(String json) {
        return FoodRecoveryRequestCheck.check(JSON.readValue(json, FoodRecoveryProblemRequest.class), LOOKUP,
                "anna"::equals);
    }

    @Test
    void aRequestBecomesTheProblemRecordWithEveryPlaceByItsCoordinates() {
        FoodRecoveryProblemRecord problem = checked(PROBLEM);
        // depots first, then recipients, then pickups
        assertThat(problem.places()).containsExactly(new PlaceRecord(COMUNI.get("001125").lat(),
                        COMUNI.get("001125").lon()), new PlaceRecord(45.4501, 7.8602), new PlaceRecord(45.42, 7.83),
                new PlaceRecord(COMUNI.get("001098").lat(), COMUNI.get("001098").lon()),
                new PlaceRecord(COMUNI.get("001217").lat(), COMUNI.get("001217").lon()));
        assertThat(problem.vehicle("VAN").endDepot()).isEqualTo("D1");
        assertThat(problem.vehicle("VAN").skills()).containsExactly("TAIL_LIFT");
        assertThat(problem.vehicle("VAN").maxRouteSeconds()).isEqualTo(300 * 60);
        assertThat(problem.vehicle("CAR").shiftStart()).isEqualTo(java.time.LocalDateTime.parse("2026-12-01T08:00:00")
                .atZone(TerritoryClock.ZONE).toEpochSecond());
        assertThat(problem.pickup("BREAD").maxSecondsOnBoard()).isEqualTo(90 * 60);
        assertThat(problem.pickup("MEALS").maxSecondsOnBoard()).isEqualTo(2 * 3600);
        assertThat(problem.pickup("MEALS").perishabilityWeight()).isEqualTo(4);
        assertThat(problem.recipient("MENSA").windows()).hasSize(2);
        assertThat(problem.travel()).isNull();
        assertThat(problem.vehicleSpecs()).hasSize(2);
        assertThat(problem.vehicleSpecs().get(0).endLocation()).isEqualTo(1);
    }

    @Test
    void theRequestCheckAndTheMigrationOfAStoredRequestGiveTheSameRecord() {
        // What the service stores for a request is what V9 makes of the same request stored by the earlier version.
        FoodRecoveryProblemRecord checked = checked(PROBLEM);
        FoodRecoveryProblemRecord migrated = LegacyRequest.problem(PlanJson.tree(PROBLEM),
                code -> LOOKUP.apply(code).map(c -> new PlaceRecord(c.lat(), c.lon())));
        assertThat(migrated).isEqualTo(checked);
    }

    @Test
    void aVehicleNamesADriverOfTheAssociationOrNone() {
        assertThat(checked(PROBLEM).vehicle("CAR").driver()).isNull();
        FoodRecoveryProblemRecord driven = checked(PROBLEM.replace("\"startDepot\": \"D1\", \"endDepot\": \"HUB\"",
                "\"startDepot\": \"D1\", \"endDepot\": \"HUB\", \"driver\": \"anna\""));
        assertThat(driven.vehicle("CAR").driver()).isEqualTo("anna");
        assertThat(driven.vehicle("CAR").day()).isEqualTo(java.time.LocalDate.parse("2026-12-01"));
        assertThat(driven.vehicle("VAN").driver()).isNull();
        String stranger = PROBLEM.replace("\"startDepot\": \"D1\", \"endDepot\": \"HUB\"",
                "\"startDepot\": \"D1\", \"endDepot\": \"HUB\", \"driver\": \"bruno\"");
        assertThatThrownBy(() -> checked(stranger)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("vehicles[0].driver"));
    }

    @Test
    void everyProblemIsReportedAtOnceByPath() {
        String broken = PROBLEM.replace("\"istatCode\": \"001098\"", "\"istatCode\": \"999999\"")
                .replace("\"startDepot\": \"D1\", \"endDepot\": \"HUB\"", "\"startDepot\": \"NOWHERE\"")
                .replace("\"recipients\": [\"MENSA\"]", "\"recipients\": [\"CARITAS\"]");
        assertThatThrownBy(() -> checked(broken)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("vehicles[0].startDepot",
                        "pickups[0].istatCode", "pickups[0].recipients[0]"));
    }
}
