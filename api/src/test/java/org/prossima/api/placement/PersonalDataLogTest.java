package org.prossima.api.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No personal data in the log: a whole run of placement matching — personal details written, read and refused, CSV
 * imports with persons (one file refused), plans, a coordinator's decisions, an erasure — and the log of all of it
 * holds none of the persons' names, fiscal codes or contacts; nor do the error bodies or the audit.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogTest extends ServiceTest {

    private static final String BASE = "/api/v1/placement";
    private static final String TODAY = LocalDate.now().toString();
    private static final String LATER = LocalDate.now().plusDays(60).toString();
    private static final List<String> PERSONAL = List.of("Ottavia Registrata", "TTVRGS80A41L219K",
            "ottavia@example.org", "+39 011 555 0142", "Benedetto Importato", "BNDMPR75B12L219P",
            "Clelia Respinta", "CLLRSP90C53L219Q", "Serafino Sbagliato", "SRFSBG7");

    @Test
    void aWholeRunLogsNoPersonalData(CapturedOutput output) {
        HttpTestClient coordinator = coordinator("UNIONE_NET");
        assertThat(coordinator.post(BASE + "/hosts", """
                {"id": "LOG-HOST", "consortium": "UNIONE_NET", "name": "Laboratorio di Settimo",
                 "kind": "COMMUNITY_ACTIVITY", "istatCode": "001265"}""").status()).isEqualTo(201);
        assertThat(coordinator.post(BASE + "/opportunities", """
                {"id": "LOG-OPP", "consortium": "UNIONE_NET", "kind": "COMMUNITY_ACTIVITY", "hostId": "LOG-HOST",
                 "istatCode": "001265", "requiredSkills": ["pottery"], "weeklyHours": 10, "days": ["SUNDAY"],
                 "seats": 2, "startFrom": "%s", "startUntil": "%s"}""".formatted(TODAY, LATER)).status())
                .isEqualTo(201);
        String id = coordinator.post(BASE + "/candidates", PlacementApiTest.candidate("UNIONE_NET", "001265",
                "pottery", "SUNDAY")).json().path("id").asString();
        String person = BASE + "/candidates/" + id + "/person";

        assertThat(coordinator.put(person, """
                {"fullName": "Ottavia Registrata", "fiscalCode": "TTVRGS80A41L219K", "email": "ottavia@example.org",
                 "phone": "+39 011 555 0142", "notes": "segue il laboratorio"}""").status()).isEqualTo(200);
        assertThat(coordinator.get(person).json().path("fullName").asString()).isEqualTo("Ottavia Registrata");
        Response refused = coordinator.put(person, """
                {"fullName": "Serafino Sbagliato", "fiscalCode": "SRFSBG7", "email": "ottavia at example"}""");
        assertThat(refused.status()).isEqualTo(400);
        assertNoPersonalData(refused.body());

        String imported = """
                consortium,comune,skills,mobility,maxCommuteMinutes,weeklyHours,days,earliestStart,programme,priority,fullName,fiscalCode
                UNIONE_NET,001265,pottery,OWN_CAR,60,20,SUNDAY,%s,ADI,3,Benedetto Importato,BNDMPR75B12L219P
                """.formatted(TODAY);
        assertThat(coordinator.post(BASE + "/candidates/import", imported, "text/csv").status()).isEqualTo(200);
        Response badFile = coordinator.post(BASE + "/candidates/import", imported.replace("Benedetto Importato",
                "Clelia Respinta").replace("BNDMPR75B12L219P", "CLLRSP90C53L219Q-X"), "text/csv");
        assertThat(badFile.status()).isEqualTo(400);
        assertNoPersonalData(badFile.body());

        String plan = coordinator.post(BASE + "/plans", "{\"seconds\": 1}").location();
        coordinator.awaitPlan(plan, Duration.ofSeconds(30));
        assertThat(coordinator.post(plan + "/matches/" + id + "/accept", "").status()).isEqualTo(200);
        assertThat(coordinator.post(plan + "/matches/" + id + "/reject", "").status()).isEqualTo(200);
        assertThat(coordinator.delete(BASE + "/candidates/" + id).status()).isEqualTo(204);

        assertNoPersonalData(client("admin").get("/api/v1/admin/audit?size=100").body());
        assertNoPersonalData(coordinator.get(plan).body());
        assertThat(output.getAll()).as("the service's own log is captured")
                .contains("Plan " + plan.substring(plan.lastIndexOf('/') + 1) + " solved by ");
        assertNoPersonalData(output.getAll());
    }

    private static void assertNoPersonalData(String text) {
        for (String personal : PERSONAL) {
            assertThat(text).doesNotContain(personal);
        }
    }
}
