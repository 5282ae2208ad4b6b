package org.prossima.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * The restituzione flow end to end through the API, on the shared service: a support measure asking for community
 * activity → a placement plan proposes the one community seat to its person rather than to a heavier candidate, and
 * says why → the coordinator accepts → weeks of attendance by JSON and CSV → planned against done, and the
 * falling-behind list. Then another consortium's coordinator, the board, and bad input.
 */
class SupportApiTest extends ServiceTest {

    private static final String SUPPORT = "/api/v1/support";
    private static final String PLACEMENT = "/api/v1/placement";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));
    /** A Monday four weeks or more ago: the measure's first day, so that weeks of attendance lie in the past. */
    private static final LocalDate FROM = TODAY.minusDays(28).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    /** Four weeks into the measure: 6 hours a week planned make 24. */
    private static final LocalDate AS_OF = FROM.plusDays(27);
    /** A skill no one else's candidate or opportunity has, so that only ours compete for the seat. */
    private static final String SKILL = "restituzione-e2e";

    @Test
    void measureActivityProposedAcceptedAttendanceAndPlannedAgainstDone() {
        HttpTestClient cissac = coordinator("CISSAC");
        created(cissac.post(PLACEMENT + "/hosts", """
                {"id": "SUP-HOST", "consortium": "CISSAC", "name": "Associazione di prova",
                 "kind": "COMMUNITY_ACTIVITY", "istatCode": "001125", "organisation": "CO-00001"}"""));
        created(cissac.post(PLACEMENT + "/opportunities", """
                {"id": "SUP-GARDEN", "consortium": "CISSAC", "kind": "COMMUNITY_ACTIVITY", "hostId": "SUP-HOST",
                 "istatCode": "001125", "sector": "green-care", "requiredSkills": ["%s"], "languages": ["it"],
                 "weeklyHours": 6, "days": ["SUNDAY"], "seats": 1, "startFrom": "%s", "startUntil": "%s",
                 "monthlyCostEuros": 0}""".formatted(SKILL, TODAY, TODAY.plusDays(60))));
        String heavy = created(cissac.post(PLACEMENT + "/candidates", candidate(5, 24))).path("id").asString();
        String owes = created(cissac.post(PLACEMENT + "/candidates", candidate(1, 0))).path("id").asString();

        JsonNode measure = created(cissac.post(SUPPORT + "/measures", measure(owes, 6)));
        String measureUrl = SUPPORT + "/measures/" + measure.path("id").asString();
        assertThat(measure.path("consortium").asString()).as("the candidate's consortium").isEqualTo("CISSAC");
        assertThat(measure.path("candidate").asString()).isEqualTo(owes);
        assertThat(measure.path("kind").asString()).isEqualTo("ADI_LINKED_SUPPORT");
        assertThat(cissac.get(SUPPORT + "/measures?candidate=" + owes).json().path("total").asInt()).isEqualTo(1);

        // The plan: one community seat, and the heavier candidate (priority 5, 24 months) would take it without
        // the measure; the person who owes an activity gets it, and the explanation says why.
        Response posted = cissac.post(PLACEMENT + "/plans", "{\"consortium\": \"CISSAC\", \"seconds\": 2}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        JsonNode plan = cissac.awaitPlan(posted.location(), Duration.ofSeconds(60));
        assertThat(plan.path("status").asString()).isEqualTo("SOLVED");
        assertThat(match(plan, owes).path("opportunityId").asString()).isEqualTo("SUP-GARDEN");
        assertThat(match(plan, heavy).path("opportunityId").isNull()).isTrue();
        assertThat(texts(match(plan, owes))).contains("Precedenza per un'attività di restituzione: la sua misura di "
                + "sostegno prevede un impegno in attività per la comunità e non ne ha ancora una (+300 punti)");
        JsonNode english = cissac.with("Accept-Language", "en").get(posted.location()).json();
        assertThat(texts(match(english, owes))).contains("Priority for a community activity: their support measure "
                + "asks for community activity hours and they have none yet (+300 points)");

        Response accepted = cissac.post(posted.location() + "/matches/" + owes + "/accept", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        // Attendance: week 1 by JSON, weeks 2 and 3 by CSV, the latest entry of a week standing.
        assertThat(cissac.post(measureUrl + "/attendance", attendance(FROM, 5)).status()).isEqualTo(200);
        Response first = cissac.post(measureUrl + "/attendance", attendance(FROM, 6));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("recordedBy").asString()).isEqualTo("coordinator.cissac");
        Response csv = cissac.post(SUPPORT + "/attendance/import", "measure,weekStart,hours\n"
                + measure.path("id").asString() + "," + FROM.plusWeeks(1) + ",6\n"
                + measure.path("id").asString() + "," + FROM.plusWeeks(2) + ",2\n", "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.json().path("recorded").asInt()).isEqualTo(2);
        assertThat(cissac.get(measureUrl + "/attendance").json().size()).isEqualTo(3);

        // The host of the activity (the demo company's administrator, whose organisation owns SUP-HOST) sees the
        // measure it hosts, without the person's id or the euros, and records a week; nothing else of it.
        HttpTestClient host = client("host");
        JsonNode hosted = host.get(SUPPORT + "/hosted").json();
        assertThat(hosted.size()).isEqualTo(1);
        assertThat(hosted.get(0).path("measureId").asString()).isEqualTo(measure.path("id").asString());
        assertThat(hosted.get(0).path("opportunityId").asString()).isEqualTo("SUP-GARDEN");
        assertThat(hosted.get(0).has("candidate") || hosted.get(0).has("monthlyEuros")).isFalse();
        Response byHost = host.post(SUPPORT + "/attendance/import", "measure,weekStart,hours\n"
                + measure.path("id").asString() + "," + FROM.plusWeeks(2) + ",2\n", "text/csv");
        assertThat(byHost.status()).as(byHost.body()).isEqualTo(200);
        assertThat(host.get(measureUrl).status()).as("a host reads no measure").isEqualTo(403);
        assertThat(cissac.get(measureUrl + "/attendance").json().get(2).path("recordedBy").asString())
                .isEqualTo("host");

        JsonNode progress = cissac.get(measureUrl + "?asOf=" + AS_OF).json();
        assertThat(progress.path("plannedHours").asDouble()).isEqualTo(24.0);
        assertThat(progress.path("doneHours").asDouble()).isEqualTo(14.0);
        assertThat(progress.path("behind").asBoolean()).as("14 of 24 hours is under 75 %").isTrue();
        assertThat(behind(cissac)).contains(measure.path("id").asString());

        assertThat(cissac.post(measureUrl + "/attendance", attendance(FROM.plusWeeks(3), 6)).status()).isEqualTo(200);
        JsonNode caughtUp = cissac.get(measureUrl + "?asOf=" + AS_OF).json();
        assertThat(caughtUp.path("doneHours").asDouble()).isEqualTo(20.0);
        assertThat(caughtUp.path("donePercent").asDouble()).isEqualTo(83.3);
        assertThat(caughtUp.path("behind").asBoolean()).isFalse();
        assertThat(behind(cissac)).doesNotContain(measure.path("id").asString());

        // Another consortium's coordinator: not found, as if it did not exist; the board: not allowed.
        HttpTestClient ciss38 = coordinator("CISS38");
        assertThat(ciss38.get(measureUrl).status()).isEqualTo(404);
        assertThat(ciss38.put(measureUrl, measure(owes, 4)).status()).isEqualTo(404);
        assertThat(ciss38.post(measureUrl + "/attendance", attendance(FROM, 0)).status()).isEqualTo(404);
        assertThat(ciss38.post(SUPPORT + "/measures", measure(owes, 4)).status()).isEqualTo(404);
        assertThat(ciss38.get(SUPPORT + "/measures?candidate=" + owes).json().path("total").asInt()).isZero();
        Response foreignCsv = ciss38.post(SUPPORT + "/attendance/import", "measure,weekStart,hours\n"
                + measure.path("id").asString() + "," + FROM + ",0\n", "text/csv");
        assertThat(foreignCsv.status()).isEqualTo(400);
        assertThat(foreignCsv.json().path("field").asString()).isEqualTo("measure");
        assertThat(client("board").get(SUPPORT + "/measures").status()).isEqualTo(403);
        assertThat(client("board").get(SUPPORT + "/behind").status()).isEqualTo(403);
        assertThat(cissac.get(measureUrl + "?asOf=" + AS_OF).json().path("doneHours").asDouble())
                .as("nothing another consortium tried changed the hours").isEqualTo(20.0);

        // The coordinator changes the commitment: 4 hours a week plan 16 to the same day.
        Response changed = cissac.put(measureUrl, measure(owes, 4));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(cissac.get(measureUrl + "?asOf=" + AS_OF).json().path("plannedHours").asDouble()).isEqualTo(16.0);
    }

    @Test
    void badInputIsAProblemNamingTheFieldTheValueAndAHint() {
        HttpTestClient cisa = coordinator("CISA");
        String candidate = created(cisa.post(PLACEMENT + "/candidates", candidate(3, 1).replace("CISSAC", "CISA")))
                .path("id").asString();
        long before = cisa.get(SUPPORT + "/measures").json().path("total").asLong();

        Response backwards = cisa.post(SUPPORT + "/measures", measure(candidate, 6)
                .replace("\"validUntil\": \"" + FROM.plusMonths(6), "\"validUntil\": \"" + FROM.minusDays(1)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        assertThat(backwards.json().path("field").asString()).isEqualTo("validUntil");
        assertThat(backwards.json().path("value").asString()).isEqualTo(FROM.minusDays(1).toString());
        assertThat(backwards.json().path("hint").asString()).isNotBlank();

        Response kind = cisa.post(SUPPORT + "/measures", measure(candidate, 6).replace("ADI_LINKED_SUPPORT", "GIFT"));
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().path("field").asString()).isEqualTo("kind");
        Response hours = cisa.post(SUPPORT + "/measures", measure(candidate, 60));
        assertThat(hours.status()).isEqualTo(400);
        assertThat(hours.json().path("field").asString()).isEqualTo("activityHours");
        Response unknownField = cisa.post(SUPPORT + "/measures", measure(candidate, 6).replace("{", "{\"name\": \"x\", "));
        assertThat(unknownField.status()).isEqualTo(400);
        Response noCandidate = cisa.post(SUPPORT + "/measures", measure("00000000-0000-0000-0000-000000000001", 6));
        assertThat(noCandidate.status()).isEqualTo(404);
        assertThat(cisa.get(SUPPORT + "/measures").json().path("total").asLong()).as("nothing stored")
                .isEqualTo(before);

        String measureUrl = SUPPORT + "/measures/"
                + created(cisa.post(SUPPORT + "/measures", measure(candidate, 6))).path("id").asString();
        Response tuesday = cisa.post(measureUrl + "/attendance", attendance(FROM.plusDays(1), 3));
        assertThat(tuesday.status()).isEqualTo(400);
        assertThat(tuesday.json().path("field").asString()).isEqualTo("weekStart");
        assertThat(tuesday.json().path("hint").asString()).contains(FROM.toString());
        Response tooMany = cisa.post(measureUrl + "/attendance", attendance(FROM, 200));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("field").asString()).isEqualTo("hours");
        assertThat(cisa.get(SUPPORT + "/measures/not-a-uuid").status()).isEqualTo(404);

        String id = measureUrl.substring(measureUrl.lastIndexOf('/') + 1);
        Response file = cisa.post(SUPPORT + "/attendance/import", "measure,weekStart,hours\n"
                + id + "," + FROM + ",3\n"
                + "=HYPERLINK(1)," + FROM + ",3\n"
                + id + "," + FROM.plusDays(2) + ",lots\n", "text/csv");
        assertThat(file.status()).isEqualTo(400);
        assertThat(file.json().path("type").asString()).endsWith("/invalid-csv");
        List<String> errors = new ArrayList<>();
        file.json().path("errors").forEach(e -> errors.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        assertThat(errors).containsExactly("3:measure", "4:hours");
        assertThat(cisa.get(measureUrl + "/attendance").json().size()).as("all or nothing").isZero();
        Response header = cisa.post(SUPPORT + "/attendance/import", "measure,week,hours\n" + id + "," + FROM + ",3\n",
                "text/csv");
        assertThat(header.status()).isEqualTo(400);
    }

    private static String candidate(int priority, int monthsWaiting) {
        return """
                {"consortium": "CISSAC", "istatCode": "001047", "skills": ["%s"], "languages": ["it"],
                 "mobility": "OWN_CAR", "maxCommuteMinutes": 60, "weeklyHours": 20, "days": ["SUNDAY"],
                 "earliestStart": "%s", "programme": "ADI", "priority": %d, "monthsWaiting": %d}"""
                .formatted(SKILL, TODAY, priority, monthsWaiting);
    }

    private static String measure(String candidate, int hoursPerWeek) {
        return """
                {"candidate": "%s", "kind": "ADI_LINKED_SUPPORT", "monthlyEuros": 400, "validFrom": "%s",
                 "validUntil": "%s", "activityHours": %d, "activityPeriod": "WEEK", "activityKind": "green-care"}"""
                .formatted(candidate, FROM, FROM.plusMonths(6), hoursPerWeek);
    }

    private static String attendance(LocalDate week, double hours) {
        return "{\"weekStart\": \"" + week + "\", \"hours\": " + hours + "}";
    }

    private static List<String> behind(HttpTestClient client) {
        List<String> ids = new ArrayList<>();
        client.get(SUPPORT + "/behind?asOf=" + AS_OF).json().forEach(m -> ids.add(m.path("id").asString()));
        return ids;
    }

    private static List<String> texts(JsonNode match) {
        List<String> texts = new ArrayList<>();
        match.path("explanation").path("contributions").forEach(c -> texts.add(c.path("text").asString()));
        return texts;
    }

    private static JsonNode match(JsonNode plan, String candidateId) {
        for (JsonNode match : plan.path("matches")) {
            if (match.path("candidateId").asString().equals(candidateId)) {
                return match;
            }
        }
        throw new AssertionError("no match for " + candidateId + " in " + plan);
    }

    private static JsonNode created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }
}
