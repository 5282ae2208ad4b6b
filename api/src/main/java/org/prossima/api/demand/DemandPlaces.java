package org.prossima.api.demand;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.api.error.FieldProblem;
import org.prossima.data.demand.DemandPlace;
import org.prossima.solver.territory.Comune;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.springframework.stereotype.Component;

/** Checks places and comuni of the demand API against the territory of ASL TO4. */
@Component
class DemandPlaces {

    /**
     * Coordinates may lie this far from the town hall of their comune, or, without a comune, of the nearest comune
     * of ASL TO4: a comune's whole area, not a place outside the territory.
     */
    static final double MAX_KM_FROM_TOWN_HALL = 15;

    private final TerritoryRepository territory;

    DemandPlaces(TerritoryRepository territory) {
        this.territory = territory;
    }

    /** The place, or null after adding what is wrong with it to {@code problems}. */
    DemandPlace place(PlaceInput input, List<FieldProblem> problems) {
        boolean hasComune = input.istatCode() != null || input.comune() != null;
        boolean hasCoordinates = input.lat() != null || input.lon() != null;
        if (!hasComune && !hasCoordinates) {
            problems.add(new FieldProblem("istatCode", null, "no place given",
                    "give the comune (istatCode, e.g. 001125, or comune, e.g. Ivrea), or lat and lon, or both"));
            return null;
        }
        Comuni comuni = comuni();
        Comune comune = null;
        if (hasComune) {
            Optional<Comune> found = comune(comuni, input, problems);
            if (found.isEmpty()) {
                return null;
            }
            comune = found.get();
        }
        if (!hasCoordinates) {
            return new DemandPlace(comune.lat(), comune.lon(), comune.istatCode());
        }
        if (input.lat() == null || !(input.lat() >= -90 && input.lat() <= 90)) {
            problems.add(new FieldProblem("lat", input.lat(), "latitude missing or out of range",
                    "use decimal degrees between -90 and 90 (WGS84), e.g. 45.4669, with lon"));
            return null;
        }
        if (input.lon() == null || !(input.lon() >= -180 && input.lon() <= 180)) {
            problems.add(new FieldProblem("lon", input.lon(), "longitude missing or out of range",
                    "use decimal degrees between -180 and 180 (WGS84), e.g. 7.8759, with lat"));
            return null;
        }
        Location point = new Location(input.lat(), input.lon());
        if (comune != null) {
            double km = km(point, comune);
            if (km > MAX_KM_FROM_TOWN_HALL) {
                problems.add(new FieldProblem("lat", input.lat(), String.format(Locale.ROOT,
                        "the coordinates are %.1f km from the town hall of %s", km, comune.name()),
                        "check the coordinates (lat is north, lon is east) or the comune"));
                return null;
            }
        } else {
            Comune nearest = comuni.list().stream()
                    .min(Comparator.comparingDouble(c -> km(point, c))).orElseThrow();
            if (km(point, nearest) > MAX_KM_FROM_TOWN_HALL) {
                problems.add(new FieldProblem("lat", input.lat(), "the coordinates are outside ASL TO4",
                        "give a place in one of its 174 comuni, e.g. 45.4674, 7.8748 (Ivrea); "
                                + "is lat swapped with lon?"));
                return null;
            }
        }
        return new DemandPlace(input.lat(), input.lon(), comune == null ? null : comune.istatCode());
    }

    /**
     * The comune of a filter given by ISTAT code or by name, or null after adding a problem about {@code field}.
     */
    Comune comune(String field, String codeOrName, List<FieldProblem> problems) {
        Comuni comuni = comuni();
        Comune comune = comuni.byCode().get(codeOrName.strip());
        if (comune == null) {
            comune = comuni.byName().get(normalised(codeOrName));
        }
        if (comune == null) {
            problems.add(new FieldProblem(field, codeOrName, "no comune of ASL TO4 has this ISTAT code or name",
                    "use a 6-digit code or a name listed by GET /api/v1/territory/comuni, e.g. 001125 or Ivrea"));
        }
        return comune;
    }

    private Optional<Comune> comune(Comuni comuni, PlaceInput input, List<FieldProblem> problems) {
        Comune byCode = null;
        if (input.istatCode() != null) {
            byCode = comuni.byCode().get(input.istatCode().strip());
            if (byCode == null) {
                problems.add(new FieldProblem("istatCode", input.istatCode(),
                        "no comune of ASL TO4 has this ISTAT code",
                        "use a 6-digit code listed by GET /api/v1/territory/comuni, e.g. 001125 (Ivrea)"));
                return Optional.empty();
            }
        }
        if (input.comune() != null) {
            Comune byName = comuni.byName().get(normalised(input.comune()));
            if (byName == null) {
                problems.add(new FieldProblem("comune", input.comune(), "no comune of ASL TO4 has this name",
                        "use a name listed by GET /api/v1/territory/comuni, e.g. Ivrea or Cirie, or give istatCode"));
                return Optional.empty();
            }
            if (byCode != null && byCode != byName) {
                problems.add(new FieldProblem("comune", input.comune(), "names another comune than istatCode "
                        + byCode.istatCode() + " (" + byCode.name() + ")", "give one of them, or make them agree"));
                return Optional.empty();
            }
            return Optional.of(byName);
        }
        return Optional.of(byCode);
    }

    private Comuni comuni() {
        List<Comune> list = territory.comuni();
        return new Comuni(list, list.stream().collect(Collectors.toMap(Comune::istatCode, Function.identity())),
                list.stream().collect(Collectors.toMap(c -> normalised(c.name()), Function.identity())));
    }

    private static double km(Location point, Comune comune) {
        return HaversineTravelTimeMatrix.greatCircleMetres(point, new Location(comune.lat(), comune.lon())) / 1000;
    }

    /** Lower case, without accents, one space between words, one kind of apostrophe: "Cirie" finds Ciriè. */
    static String normalised(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }

    private record Comuni(List<Comune> list, Map<String, Comune> byCode, Map<String, Comune> byName) {
    }
}
