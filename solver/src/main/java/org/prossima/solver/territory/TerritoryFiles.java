package org.prossima.solver.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the territory reference files shipped in the solver module's resources ({@code territory/}).
 * See {@code territory/README.md} there for sources and licences.
 */
public final class TerritoryFiles {

    /** The ASL whose comuni Prossima serves. */
    public static final String ASL = "TO4";

    private TerritoryFiles() {
    }

    public static List<Consortium> consortia() {
        return rows("consortia.csv").stream()
                .map(r -> new Consortium(r.get("code"), r.get("name"), r.get("seat_istat_code")))
                .toList();
    }

    public static List<District> districts() {
        return rows("districts.csv").stream()
                .map(r -> new District(r.get("code"), r.get("name"), r.get("seat_istat_code")))
                .toList();
    }

    /** The comuni of ASL TO4, with the consortium code where the file names a consortium. */
    public static List<Comune> asl4Comuni() {
        Map<String, String> consortiumByFileName = new HashMap<>();
        for (Map<String, String> row : rows("consortia.csv")) {
            if (!row.get("name_in_comuni_csv").isEmpty()) {
                consortiumByFileName.put(row.get("name_in_comuni_csv"), row.get("code"));
            }
        }
        List<Comune> comuni = new ArrayList<>();
        for (Map<String, String> row : rows("comuni.csv")) {
            if (!ASL.equals(row.get("asl"))) {
                continue;
            }
            String consortiumName = row.get("consortium");
            String consortiumCode = null;
            if (!consortiumName.isEmpty()) {
                consortiumCode = consortiumByFileName.get(consortiumName);
                if (consortiumCode == null) {
                    throw new IllegalStateException("comuni.csv names an unknown consortium '" + consortiumName
                            + "' for " + row.get("istat_code") + ": add it to consortia.csv");
                }
            }
            comuni.add(new Comune(row.get("istat_code"), row.get("name"), row.get("province"),
                    Integer.parseInt(row.get("population")), Double.parseDouble(row.get("lat")),
                    Double.parseDouble(row.get("lon")), row.get("asl"), consortiumCode, null));
        }
        return comuni;
    }

    /** Rows of a plain CSV file (no quoted fields in these files) as column-name maps. */
    static List<Map<String, String>> rows(String file) {
        String resource = "/territory/" + file;
        try (InputStream in = TerritoryFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = reader.readLine().split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != header.length) {
                    throw new IllegalStateException(resource + ": expected " + header.length
                            + " columns but found " + cells.length + " in: " + line);
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i].trim());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
