package org.prossima.api.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.solver.territory.TerritoryClock;

/** Posting demand through the API as a company or a cooperative would, and waiting for plans. */
final class DemandFixtures {

    static final String BASE = "/api/v1/demand";
    static final LocalDate TODAY = TerritoryClock.today();

    private DemandFixtures() {
    }

    /** A request body; {@code place} is a JSON fragment such as {@code "istatCode": "001082"}. */
    static String request(String company, String type, int hours, String place, LocalDate from, LocalDate until,
            int employees) {
        return """
                {"companyName": "%s", "serviceType": "%s", "weeklyHours": %d, %s,
                 "from": "%s", "until": "%s", "employeesServed": %d}"""
                .formatted(company, type, hours, place, from, until, employees);
    }

    static String cooperative(String name, String place, String capacities, int maxTravel, int share) {
        return """
                {"name": "%s", %s, "weeklyCapacityHours": {%s}, "maxTravelMinutes": %d,
                 "disadvantagedSharePercent": %d}"""
                .formatted(name, place, capacities, maxTravel, share);
    }

    /** Posts a request and returns its id. */
    static String postRequest(HttpTestClient client, String body) {
        Response created = client.post(BASE + "/requests", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static String postCooperative(HttpTestClient client, String body) {
        Response created = client.post(BASE + "/cooperatives", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /**
     * Car minutes between two points by the documented estimate (great-circle distance × 1.35 at 50 km/h), computed
     * here independently of the solver's matrix.
     */
    static double carMinutes(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        double metres = 2 * 6_371_008.8 * Math.asin(Math.sqrt(h)) * 1.35;
        return metres / (50_000.0 / 60);
    }
}
