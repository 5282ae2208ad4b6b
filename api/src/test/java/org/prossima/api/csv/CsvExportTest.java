package org.prossima.api.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.cell("+SUM(A1:A9)")).isEqualTo("'+SUM(A1:A9)");
        assertThat(CsvExport.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExport.cell("Proposta: attività, 10 ore")).isEqualTo("\"Proposta: attività, 10 ore\"");
        assertThat(CsvExport.cell("E2E-GARDEN")).isEqualTo("E2E-GARDEN");
        assertThat(CsvExport.cell("")).isEmpty();
    }

    @Test
    void rowsHaveAHeaderAndEndInCrLf() {
        String csv = new CsvExport(List.of("id", "n")).row(Arrays.asList("a", null)).row(List.of("b", 2)).toString();
        assertThat(csv).isEqualTo("id,n\r\na,\r\nb,2\r\n");
    }
}
