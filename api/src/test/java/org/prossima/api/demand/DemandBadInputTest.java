package org.prossima.api.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.api.demand.DemandFixtures.BASE;
import static org.prossima.api.demand.DemandFixtures.TODAY;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.data.demand.AllocationPlanRepository;
import org.prossima.data.demand.CooperativeRepository;
import org.prossima.data.demand.ServiceRequestRepository;
import org.prossima.data.security.AccessScope;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every bad input is answered with 400 application/problem+json naming the field, and nothing is stored. */
class DemandBadInputTest extends DemandServiceTest {

    private static final AccessScope EVERYTHING = AccessScope.everything("the test counts every company");
    private static final String REQUEST = DemandFixtures.request("Azienda di prova di Ivrea", "CLEANING", 10,
            "\"istatCode\": \"001125\"", TODAY.plusDays(1), TODAY.plusMonths(6), 5);
    private static final String COOPERATIVE = DemandFixtures.cooperative("Cooperativa sociale Prova",
            "\"istatCode\": \"001125\"", "\"CLEANING\": 40", 30, 40);

    @Autowired
    ServiceRequestRepository requests;
    @Autowired
    CooperativeRepository cooperatives;
    @Autowired
    AllocationPlanRepository plans;

    @Test
    void badRequests() {
        long before = requests.count();
        long companies = requests.countCompanies(EVERYTHING);
        rejected(REQUEST.replace("\"CLEANING\"", "\"WINDOW_CLEANING\""), "serviceType", "WINDOW_CLEANING",
                "FAMILY_CARE");
        rejected(REQUEST.replace("\"weeklyHours\": 10", "\"weeklyHours\": 0"), "weeklyHours", "0", "allowed range");
        rejected(REQUEST.replace("\"weeklyHours\": 10", "\"weeklyHours\": 201"), "weeklyHours", "201", "200");
        rejected(REQUEST.replace("\"weeklyHours\": 10", "\"weeklyHours\": 7.5"), "weeklyHours", null, "whole number");
        rejected(REQUEST.replace("\"weeklyHours\": 10, ", ""), "weeklyHours", null, "required");
        rejected(REQUEST.replace("\"employeesServed\": 5", "\"employeesServed\": 0"), "employeesServed", "0", "range");
        rejected(REQUEST.replace("\"istatCode\": \"001125\"", "\"istatCode\": \"999999\""), "istatCode", "999999",
                "GET /api/v1/territory/comuni");
        rejected(REQUEST.replace("\"istatCode\": \"001125\"", "\"comune\": \"Torino\""), "comune", "Torino",
                "territory/comuni");
        rejected(REQUEST.replace("\"istatCode\": \"001125\"", "\"istatCode\": \"001125\", \"comune\": \"Chivasso\""),
                "comune", "Chivasso", "agree");
        rejected(REQUEST.replace("\"istatCode\": \"001125\",", ""), "istatCode", null, "lat and lon");
        rejected(REQUEST.replace("\"istatCode\": \"001125\"", "\"lat\": 45.4642, \"lon\": 9.19"), "lat", "45.4642",
                "ASL TO4");
        rejected(REQUEST.replace("\"istatCode\": \"001125\"", "\"lat\": 7.87, \"lon\": 45.46"), "lat", "7.87",
                "swapped");
        rejected(REQUEST.replace("\"istatCode\": \"001125\"", "\"lat\": 45.46"), "lon", null, "with lat");
        rejected(REQUEST.replace("\"istatCode\": \"001125\"", "\"istatCode\": \"001125\", \"lat\": 45.19, "
                + "\"lon\": 7.88"), "lat", "45.19", "comune");
        rejected(REQUEST.replace("\"from\": \"" + TODAY.plusDays(1), "\"from\": \"tomorrow"), "from", "tomorrow",
                "ISO-8601 date");
        rejected(REQUEST.replace("\"until\": \"" + TODAY.plusMonths(6), "\"until\": \"" + TODAY), "until",
                TODAY.toString(), "on or after from");
        rejected(REQUEST.replace("\"from\": \"" + TODAY.plusDays(1), "\"from\": \"" + TODAY.minusMonths(3))
                .replace("\"until\": \"" + TODAY.plusMonths(6), "\"until\": \"" + TODAY.minusDays(1)), "until",
                TODAY.minusDays(1).toString(), "still to come");
        rejected(REQUEST.replace("\"companyName\": \"Azienda di prova di Ivrea\"", "\"companyId\": \"CO-99999\""),
                "companyId", "CO-99999", "GET /api/v1/demand/companies");
        rejected(REQUEST.replace("\"companyName\": \"Azienda di prova di Ivrea\", ", ""), "companyId", null,
                "companyName");
        rejected(REQUEST.replace("\"companyName\"", "\"companyId\": \"CO-00001\", \"companyName\""), "companyName",
                "Azienda di prova di Ivrea", "companyId");
        rejected(REQUEST.replace("\"employeesServed\": 5", "\"employeesServed\": 5, \"employees\": 5"), "employees",
                "employees", "employeesServed");
        assertThat(requests.count()).as("nothing stored").isEqualTo(before);
        assertThat(requests.countCompanies(EVERYTHING)).as("no company created").isEqualTo(companies);
    }

    @Test
    void severalProblemsAreReportedAtOnce() {
        long before = requests.count();
        JsonNode problem = rejected(REQUEST.replace("\"istatCode\": \"001125\"", "\"istatCode\": \"999999\"")
                .replace("\"until\": \"" + TODAY.plusMonths(6), "\"until\": \"" + TODAY), "istatCode", "999999", null);
        assertThat(problem.path("errors").findValuesAsString("field")).containsExactly("istatCode", "until");
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void badCooperatives() {
        long before = cooperatives.count();
        rejected(BASE + "/cooperatives", COOPERATIVE.replace("\"CLEANING\": 40", "\"CLEANING\": 0"),
                "weeklyCapacityHours[CLEANING]", "0", "range");
        rejected(BASE + "/cooperatives", COOPERATIVE.replace("\"CLEANING\": 40", "\"PAINTING\": 40"),
                "weeklyCapacityHours", "PAINTING", "CLEANING");
        rejected(BASE + "/cooperatives", COOPERATIVE.replace("\"CLEANING\": 40", ""), "weeklyCapacityHours", null,
                "required");
        rejected(BASE + "/cooperatives", COOPERATIVE.replace("\"disadvantagedSharePercent\": 40",
                "\"disadvantagedSharePercent\": 20"), "disadvantagedSharePercent", "20", "30");
        rejected(BASE + "/cooperatives", COOPERATIVE.replace("\"maxTravelMinutes\": 30", "\"maxTravelMinutes\": 241"),
                "maxTravelMinutes", "241", "240");
        rejected(BASE + "/cooperatives", COOPERATIVE.replace("\"name\": \"Cooperativa sociale Prova\"",
                "\"name\": \" \""), "name", " ", null);
        rejected(BASE + "/cooperatives", COOPERATIVE.replace("\"istatCode\": \"001125\"", "\"comune\": \"Atlantide\""),
                "comune", "Atlantide", null);
        assertThat(cooperatives.count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void badAllocationPlansAndQueries() {
        long before = plans.count();
        rejected(BASE + "/allocation-plans", "{\"seconds\": 0}", "seconds", "0", "omit it");
        rejected(BASE + "/allocation-plans", "{\"seconds\": 301}", "seconds", "301", null);
        rejected(BASE + "/allocation-plans", "{\"seconds\": 2, \"joinMinutes\": 500}", "joinMinutes", "500", null);
        rejected(BASE + "/allocation-plans", "{\"seconds\": 2, \"maxLotWeeklyHours\": 0}", "maxLotWeeklyHours", "0",
                null);
        rejected(BASE + "/allocation-plans", "{\"seconds\": \"soon\"}", "seconds", null, "whole number");
        rejected(BASE + "/allocation-plans", "{\"seconds\": 2, \"lots\": 3}", "lots", "lots", null);
        assertThat(plans.count()).as("nothing stored").isEqualTo(before);

        rejectedGet("/lots?joinMinutes=0", "joinMinutes", "0");
        rejectedGet("/lots?maxLotWeeklyHours=lots", "maxLotWeeklyHours", "lots");
        rejectedGet("/lots?serviceType=PAINTING", "serviceType", "PAINTING");
        rejectedGet("/requests?status=ENDED", "status", "ENDED");
        rejectedGet("/requests?comune=Atlantide", "comune", "Atlantide");
        rejectedGet("/requests?size=501", "size", "501");
        rejectedGet("/requests?page=-1", "page", "-1");
        rejectedGet("/allocation-plans?size=0", "size", "0");
        assertThat(client().get(BASE + "/allocation-plans/not-a-uuid").status()).isEqualTo(404);
    }

    private JsonNode rejected(String body, String field, String value, String hint) {
        return rejected(BASE + "/requests", body, field, value, hint);
    }

    private JsonNode rejected(String path, String body, String field, String value, String hint) {
        return problem(client().post(path, body), field, value, hint);
    }

    private void rejectedGet(String path, String field, String value) {
        problem(client().get(BASE + path), field, value, null);
    }

    private static JsonNode problem(Response response, String field, String value, String hint) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("field").asString()).as(response.body()).isEqualTo(field);
        if (value != null) {
            assertThat(problem.path("value").asString()).as(response.body()).isEqualTo(value);
        }
        if (hint != null) {
            assertThat(problem.path("hint").asString() + " " + problem.path("detail").asString()).as(response.body())
                    .contains(hint);
        }
        return problem;
    }
}
