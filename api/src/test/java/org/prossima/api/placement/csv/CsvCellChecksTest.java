package org.prossima.api.placement.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import org.prossima.api.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * An imported file's cells: a text cell a spreadsheet would run as a formula, a NUL and bytes that are not UTF-8 are
 * problems of their row and column, reported with the file's other problems; nothing of such a file is stored. A
 * number in a text cell (a phone number with its international prefix) is not a formula.
 */
class CsvCellChecksTest extends ServiceTest {

    private static final String IMPORT = "/api/v1/placement/candidates/import";
    private static final String HEADER = "consortium,comune,mobility,maxCommuteMinutes,weeklyHours,days,earliestStart,"
            + "programme,priority,fullName,phone,notes,skills\n";
    private static final String ROW = "UNIONE_NET,001265,OWN_CAR,30,20,MONDAY,2026-12-01,ADI,3,";

    @Test
    void formulaCellsInTextColumnsAreRowProblemsAndNothingIsStored() {
        HttpTestClient client = coordinator("UNIONE_NET");
        long before = total(client);
        String csv = HEADER
                + ROW + "Persona Corretta,+39 011 1234567,- nota,\n"
                + ROW + "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,,\n"
                + ROW + "Persona Tre,+SUM(1;2),@SUM(A1),\n"
                + ROW + "Persona Quattro,,\"\t=1+1\",cooking;-cmd\n";
        Response response = client.post(IMPORT, csv, "text/csv");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        response.json().path("errors").forEach(e -> errors.add(e.path("row").asInt() + ":"
                + e.path("column").asString() + (e.path("value").isNull() ? "" : "=" + e.path("value").asString())));
        assertThat(errors).as("cells never repeated: they may be a person's").containsExactly("2:notes",
                "3:fullName", "4:phone", "4:notes", "5:skills", "5:notes");
        assertThat(response.json().path("errors").get(1).path("message").asString())
                .isEqualTo("the cell starts with '=': a spreadsheet opening it would run it as a formula");
        assertThat(total(client)).isEqualTo(before);

        String fine = HEADER + ROW + "Persona Corretta,+39 011 1234567,nota -1,\n";
        assertThat(client.post(IMPORT, fine, "text/csv").status()).isEqualTo(200);
        assertThat(total(client)).isEqualTo(before + 1);
    }

    @Test
    void aNulCellAndBytesThatAreNotUtf8NameWhereTheyAre() {
        HttpTestClient client = coordinator("UNIONE_NET");
        JsonNode nul = client.post(IMPORT, HEADER + ROW + "Persona\u0000Uno,,,\n", "text/csv").json();
        assertThat(nul.path("status").asInt()).isEqualTo(400);
        assertThat(nul.path("row").asInt()).isEqualTo(2);
        assertThat(nul.path("field").asString()).isEqualTo("fullName");
        assertThat(nul.path("value").isNull()).isTrue();
        assertThat(nul.path("errors").get(0).path("message").asString()).startsWith("the cell contains a NUL");

        byte[] latin1 = (HEADER + ROW + "Persona Uno,,,\n" + ROW + "Niccol\u00f2 Due,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Response notUtf8 = client.send(client.request(IMPORT).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(notUtf8.json().path("row").asInt()).isEqualTo(3);
        assertThat(notUtf8.json().path("detail").asString()).contains("line 3 is not UTF-8 text");
    }

    private static long total(HttpTestClient client) {
        return client.get("/api/v1/placement/candidates?consortium=UNIONE_NET").json().path("total").asLong();
    }
}
