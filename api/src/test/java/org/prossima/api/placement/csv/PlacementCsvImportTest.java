package org.prossima.api.placement.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

/** CSV imports: the samples in docs/ as they are, then files with errors, all or nothing. */
class PlacementCsvImportTest extends ServiceTest {

    private static final String BASE = "/api/v1/placement";
    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void theDocumentedSamplesImportAsTheyAre() throws IOException {
        HttpTestClient client = coordinator("INRETE");
        assertThat(client.post(BASE + "/hosts", """
                {"id": "COOP-ARCOBALENO", "consortium": "INRETE", "name": "Cooperativa sociale Arcobaleno",
                 "kind": "COOPERATIVE_JOB", "istatCode": "001125"}""").status()).isEqualTo(201);
        assertThat(client.post(BASE + "/tutors", "{\"id\": \"TUT-INRETE-1\", \"consortium\": \"INRETE\", "
                + "\"maxPeople\": 8}").status()).isEqualTo(201);

        JsonNode opportunities = imported(client.post(BASE + "/opportunities/import",
                Files.readString(DOCS.resolve("placement-opportunities.csv")), "text/csv"));
        assertThat(opportunities.path("created").asInt()).isEqualTo(3);
        JsonNode green = client.get(BASE + "/opportunities/IVR-VERDE-1").json();
        assertThat(green.path("istatCode").asString()).isEqualTo("001020");
        assertThat(green.path("tutorId").isNull()).isTrue();
        assertThat(green.path("days").size()).isEqualTo(3);

        JsonNode candidates = imported(client.post(BASE + "/candidates/import",
                Files.readString(DOCS.resolve("placement-candidates.csv")), "text/csv"));
        assertThat(candidates.path("created").asInt()).isEqualTo(3);
        JsonNode items = candidates.path("items");
        assertThat(items.get(0).path("row").asInt()).isEqualTo(2);
        String first = items.get(0).path("id").asString();
        String second = items.get(1).path("id").asString();
        JsonNode person = client.get(BASE + "/candidates/" + first + "/person").json();
        assertThat(person.path("notes").asString()).isEqualTo("Corso HACCP in corso, \"da confermare\"");
        assertThat(client.get(BASE + "/candidates/" + second + "/person").json().path("fullName").asString())
                .isEqualTo("Esempio, Persona Due");
        JsonNode worker = client.get(BASE + "/candidates/" + second).json();
        assertThat(worker.path("days").size()).as("lunedì..venerdì").isEqualTo(5);
        assertThat(worker.path("languages").toString()).isEqualTo("[\"it\",\"ro\"]");
        assertThat(worker.toString()).doesNotContain("Esempio");
        JsonNode audit = client("admin").get("/api/v1/admin/audit?candidate=" + first).json();
        List<String> lines = new ArrayList<>();
        audit.path("items").forEach(line -> lines.add(line.path("action").asString() + " by "
                + line.path("actor").asString() + (line.path("detail").isNull() ? ""
                : ": " + line.path("detail").asString())));
        assertThat(lines).as("each person read and written is audited, newest first").containsExactly(
                "READ_PERSON by coordinator.inrete", "WRITE_PERSON by coordinator.inrete: CSV import, row 2");

        // The same file with one opportunity changed updates it.
        String changed = Files.readString(DOCS.resolve("placement-opportunities.csv"))
                .replace("12,MONDAY;WEDNESDAY;FRIDAY,2,", "12,MONDAY;WEDNESDAY;FRIDAY,3,");
        JsonNode again = imported(client.post(BASE + "/opportunities/import", changed, "text/csv"));
        assertThat(again.path("updated").asInt()).isEqualTo(3);
        assertThat(client.get(BASE + "/opportunities/IVR-VERDE-1").json().path("seats").asInt()).isEqualTo(3);
    }

    @Test
    void aFileWithErrorsIsReportedRowByRowAndNothingIsImported() {
        HttpTestClient client = coordinator("UNIONE_NET");
        long before = total(client, "UNIONE_NET");
        String csv = """
                consortium,comune,skills,mobility,maxCommuteMinutes,weeklyHours,days,earliestStart,programme,priority,fullName
                UNIONE_NET,Settimo Torinese,cleaning,OWN_CAR,30,20,MONDAY;TUESDAY,2026-12-01,ADI,3,Persona Corretta
                UNIONE_NET,001265,"cleaning; cooking",OWN_CAR,30,20,MONDAY,2026-12-01,ADI,9,
                UNIONE_NET,001265,,PUBLIC_TRANSPORT_AND_WALKING,45,15,lunedì,2026-12-01,SFL,2,
                UNIONE_NET,Atlantide,,BICYCLE,30,20,MONDAY,first of december,ADI,3,
                """;
        Response response = client.post(BASE + "/candidates/import", csv, "text/csv");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("row").asInt()).isEqualTo(3);
        assertThat(problem.path("field").asString()).isEqualTo("priority");
        assertThat(problem.path("value").asString()).isEqualTo("9");
        assertThat(problem.path("hint").asString()).isNotBlank();
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(e.path("row").asInt() + ":" + e.path("column").asString()
                + "=" + e.path("value").asString()));
        assertThat(errors).containsExactly("3:priority=9", "5:comune=Atlantide", "5:mobility=BICYCLE",
                "5:earliestStart=first of december");
        assertThat(total(client, "UNIONE_NET")).as("nothing imported").isEqualTo(before);
    }

    @Test
    void opportunityRowsNameUnknownHostsRepeatedIdsAndWindowsOutOfOrder() {
        HttpTestClient client = coordinator("UNIONE_NET");
        long before = client.get(BASE + "/opportunities?consortium=UNIONE_NET").json().path("total").asLong();
        String csv = """
                id,consortium,kind,hostId,comune,weeklyHours,days,seats,startFrom,startUntil
                SET-1,UNIONE_NET,COMMUNITY_ACTIVITY,NO-SUCH-HOST,Settimo Torinese,10,MONDAY,1,2026-12-01,2027-01-31
                SET-2,UNIONE_NET,COMMUNITY_ACTIVITY,COOP-ARCOBALENO,Settimo Torinese,10,MONDAY,1,2027-02-01,2027-01-31
                SET-2,UNIONE_NET,COMMUNITY_ACTIVITY,COOP-ARCOBALENO,Settimo Torinese,10,MONDAY,1,2026-12-01,2027-01-31
                """;
        JsonNode problem = client.post(BASE + "/opportunities/import", csv, "text/csv").json();
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(e.path("row").asInt() + ":" + e.path("column").asString()));
        assertThat(errors).contains("2:hostId", "3:startUntil", "4:id");
        assertThat(client.get(BASE + "/opportunities?consortium=UNIONE_NET").json().path("total").asLong())
                .isEqualTo(before);

        JsonNode header = client.post(BASE + "/opportunities/import", "id,name\nX,Y\n", "text/csv").json();
        assertThat(header.path("status").asInt()).isEqualTo(400);
        assertThat(header.path("row").asInt()).isEqualTo(1);
        assertThat(header.path("field").asString()).isEqualTo("name");

        JsonNode unclosed = client.post(BASE + "/opportunities/import", String.join(",", OpportunityImport.COLUMNS)
                + "\n\"SET-9,UNIONE_NET\n", "text/csv").json();
        assertThat(unclosed.path("row").asInt()).isEqualTo(2);
        assertThat(unclosed.path("detail").asString()).contains("never closed");
    }

    @Test
    void rowsOfAnotherConsortiumOrOrganisationAreRowProblems() {
        HttpTestClient inrete = coordinator("INRETE");
        String candidates = """
                consortium,comune,mobility,maxCommuteMinutes,weeklyHours,days,earliestStart,programme,priority
                INRETE,001125,OWN_CAR,30,20,MONDAY,2026-12-01,ADI,3
                CISS38,001098,OWN_CAR,30,20,MONDAY,2026-12-01,ADI,3
                """;
        JsonNode problem = inrete.post(BASE + "/candidates/import", candidates, "text/csv").json();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("row").asInt()).isEqualTo(3);
        assertThat(problem.path("field").asString()).isEqualTo("consortium");
        assertThat(problem.path("errors").size()).isEqualTo(1);

        HttpTestClient host = client("host");
        assertThat(host.post(BASE + "/hosts", """
                {"id": "CSV-CO-HOST", "consortium": "INRETE", "name": "Azienda di prova",
                 "kind": "INCLUSION_INTERNSHIP", "istatCode": "001125"}""").status()).isEqualTo(201);
        assertThat(inrete.post(BASE + "/hosts", """
                {"id": "CSV-INRETE-HOST", "consortium": "INRETE", "name": "Cooperativa del consorzio",
                 "kind": "COOPERATIVE_JOB", "istatCode": "001125"}""").status()).isEqualTo(201);
        String opportunities = """
                id,consortium,kind,hostId,comune,requiredSkills,weeklyHours,days,seats,startFrom,startUntil
                CSV-CO-1,INRETE,INCLUSION_INTERNSHIP,CSV-CO-HOST,Ivrea,glassblowing,10,MONDAY,1,2026-12-01,2027-01-31
                CSV-CO-2,INRETE,INCLUSION_INTERNSHIP,CSV-INRETE-HOST,Ivrea,glassblowing,10,MONDAY,1,2026-12-01,2027-01-31
                """;
        JsonNode notTheirs = host.post(BASE + "/opportunities/import", opportunities, "text/csv").json();
        assertThat(notTheirs.path("row").asInt()).as("another's host is, for a company, no host").isEqualTo(3);
        assertThat(notTheirs.path("field").asString()).isEqualTo("hostId");
        JsonNode own = imported(host.post(BASE + "/opportunities/import",
                opportunities.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n", "text/csv"));
        assertThat(own.path("created").asInt()).isEqualTo(1);
        assertThat(host.get(BASE + "/opportunities/CSV-CO-1").status()).isEqualTo(200);
    }

    private static long total(HttpTestClient client, String consortium) {
        return client.get(BASE + "/candidates?consortium=" + consortium + "&size=1").json().path("total").asLong();
    }

    private static JsonNode imported(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
