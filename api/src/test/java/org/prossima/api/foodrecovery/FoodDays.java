package org.prossima.api.foodrecovery;

/** Food-recovery days that more than one test posts. */
public final class FoodDays {

    /**
     * One van from Ivrea's depot; Caritas (100 people, ambient food only) and a solidarity canteen (100 people, 100 kg a
     * day); 30 kg of cooked meals meant for the canteen and 40 kg of dry goods meant for Caritas: 0.3 and 0.4 kg per
     * person when both are delivered.
     */
    public static final String TWO_CHARITIES = """
            {
              "depots": [{"id": "D1", "istatCode": "001125"}],
              "vehicles": [{"id": "VAN", "capacityKg": 100, "chilledKg": 200, "startDepot": "D1",
                            "shiftStart": "2026-12-01T08:00:00", "shiftEnd": "2026-12-01T16:00:00"}],
              "recipients": [
                {"id": "CARITAS", "name": "Caritas", "istatCode": "001217", "serviceMinutes": 10,
                 "windowStart": "2026-12-01T08:00:00", "windowEnd": "2026-12-01T18:00:00",
                 "peopleServed": 100, "accepts": ["AMBIENT"]},
                {"id": "MENSA", "name": "Mensa solidale", "istatCode": "001098", "serviceMinutes": 10,
                 "windowStart": "2026-12-01T08:00:00", "windowEnd": "2026-12-01T18:00:00",
                 "peopleServed": 100, "capacityKg": 100}
              ],
              "pickups": [
                {"id": "MEALS", "istatCode": "001098", "category": "COOKED_MEALS", "recipients": ["MENSA"],
                 "windowStart": "2026-12-01T09:00:00", "windowEnd": "2026-12-01T11:00:00",
                 "serviceMinutes": 10, "kg": 30},
                {"id": "PASTA", "istatCode": "001217", "category": "DRY_GOODS", "recipients": ["CARITAS"],
                 "windowStart": "2026-12-01T08:00:00", "windowEnd": "2026-12-01T12:00:00",
                 "serviceMinutes": 5, "kg": 40}
              ]
            }""";

    private FoodDays() {
    }
}
