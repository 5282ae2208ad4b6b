package org.prossima.api.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.catalogue.OfferingRequest.AddressRequest;
import org.prossima.api.catalogue.OfferingRequest.ContactsRequest;
import org.prossima.api.catalogue.OfferingRequest.EligibilityRequest;
import org.prossima.data.catalogue.OfferingContent;
import org.prossima.data.catalogue.OfferingContent.Address;
import org.prossima.data.catalogue.OfferingContent.Contacts;
import org.prossima.data.catalogue.OfferingContent.Eligibility;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.placement.Programme;
import org.springframework.stereotype.Component;

/**
 * Checks an offering request against the territory and its own consistency, and maps it to what
 * is stored. Every problem found is reported at once; nothing is stored while there is one.
 */
@Component
class OfferingRequestMapper {

    /** An address farther than this from its comune's town hall is taken for a mistake. */
    static final double MAX_KM_FROM_TOWN_HALL = 25.0;

    private static final String COMUNI_HINT = "use the 6-digit ISTAT code of a comune of ASL TO4, "
            + "as listed by GET /api/v1/territory/comuni";

    private final CatalogueTerritory territory;

    OfferingRequestMapper(CatalogueTerritory territory) {
        this.territory = territory;
    }

    OfferingContent content(OfferingRequest request, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.consortium() != null && territory.consortium(request.consortium()).isEmpty()) {
            problems.add(unknownConsortium("consortium", request.consortium()));
        }
        List<String> served = comuniServed(request.comuniServed(), problems);
        Address address = address(request.address(), problems);
        if (served.isEmpty() && request.address() == null) {
            problems.add(new FieldProblem("comuniServed", null, "the offering says neither where it is nor whom it serves",
                    "give comuniServed (ISTAT codes), an address, or both"));
        }
        Eligibility eligibility = eligibility(request.eligibility(), problems);
        dates(request, today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ContactsRequest c = request.contacts();
        Contacts contacts = c == null ? Contacts.NONE
                : new Contacts(blankToNull(c.phone()), blankToNull(c.email()), blankToNull(c.website()));
        return new OfferingContent(request.title().strip(), request.description().strip(), request.category(),
                request.provider().strip(), request.consortium(), served, address, eligibility, contacts,
                blankToNull(request.openingHours()), request.validFrom(), request.validUntil(), request.seatsLeft(),
                false);
    }

    private List<String> comuniServed(List<String> codes, List<FieldProblem> problems) {
        if (codes == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<String> served = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String field = "comuniServed[" + i + "]";
            if (territory.comune(code).isEmpty()) {
                problems.add(new FieldProblem(field, code, "no comune of ASL TO4 has ISTAT code '" + code + "'",
                        COMUNI_HINT));
            } else if (!seen.add(code)) {
                problems.add(new FieldProblem(field, code, "comune " + code + " is listed twice", "list it once"));
            } else {
                served.add(code);
            }
        }
        return served;
    }

    private Address address(AddressRequest address, List<FieldProblem> problems) {
        if (address == null) {
            return null;
        }
        Optional<Comune> comune = territory.comune(address.istatCode());
        if (comune.isEmpty()) {
            problems.add(new FieldProblem("address.istatCode", address.istatCode(),
                    "no comune of ASL TO4 has ISTAT code '" + address.istatCode() + "'", COMUNI_HINT));
            return null;
        }
        if ((address.lat() == null) != (address.lon() == null)) {
            String missing = address.lat() == null ? "lat" : "lon";
            problems.add(new FieldProblem("address." + missing, null, "only one coordinate given",
                    "give both lat and lon, or neither to use the town hall of " + comune.get().name()));
            return null;
        }
        double lat = address.lat() == null ? comune.get().lat() : address.lat();
        double lon = address.lon() == null ? comune.get().lon() : address.lon();
        double km = HaversineTravelTimeMatrix.greatCircleMetres(new Location(lat, lon),
                new Location(comune.get().lat(), comune.get().lon())) / 1000.0;
        if (km > MAX_KM_FROM_TOWN_HALL) {
            problems.add(new FieldProblem("address.lat", address.lat(), String.format(Locale.ROOT,
                    "the coordinates (%s, %s) are %.0f km from the town hall of %s", address.lat(), address.lon(),
                    km, comune.get().name()),
                    "check lat and lon (WGS84 decimal degrees; is latitude swapped with longitude?) or the istatCode"));
            return null;
        }
        String text = blankToNull(address.text());
        return new Address(text == null ? comune.get().name() : text, address.istatCode(), lat, lon);
    }

    private Eligibility eligibility(EligibilityRequest rules, List<FieldProblem> problems) {
        if (rules == null) {
            return Eligibility.NONE;
        }
        if (rules.minAge() != null && rules.maxAge() != null && rules.minAge() > rules.maxAge()) {
            problems.add(new FieldProblem("eligibility.maxAge", rules.maxAge(),
                    "maxAge " + rules.maxAge() + " is below minAge " + rules.minAge(),
                    "give maxAge at least minAge, or leave one of them out"));
        }
        Set<String> consortia = new LinkedHashSet<>();
        List<String> named = rules.residenceConsortia() == null ? List.of() : rules.residenceConsortia();
        for (int i = 0; i < named.size(); i++) {
            if (territory.consortium(named.get(i)).isEmpty()) {
                problems.add(unknownConsortium("eligibility.residenceConsortia[" + i + "]", named.get(i)));
            } else {
                consortia.add(named.get(i));
            }
        }
        Set<Programme> programmes = new LinkedHashSet<>();
        List<Programme> listed = rules.programmes() == null ? List.of() : rules.programmes();
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i) == Programme.NONE) {
                problems.add(new FieldProblem("eligibility.programmes[" + i + "]", "NONE",
                        "NONE is not a programme a person can be required to follow",
                        "use ADI, SFL or LAW_68_1999, or leave programmes out"));
            } else {
                programmes.add(listed.get(i));
            }
        }
        return new Eligibility(rules.minAge(), rules.maxAge(), rules.iseeMaxEuros(), consortia, programmes);
    }

    private static void dates(OfferingRequest request, LocalDate today, List<FieldProblem> problems) {
        if (request.validFrom() != null && request.validUntil() != null
                && request.validUntil().isBefore(request.validFrom())) {
            problems.add(new FieldProblem("validUntil", request.validUntil().toString(),
                    "validUntil " + request.validUntil() + " is before validFrom " + request.validFrom(),
                    "give validUntil on or after validFrom"));
        } else if (request.validUntil() != null && request.validUntil().isBefore(today)) {
            problems.add(new FieldProblem("validUntil", request.validUntil().toString(),
                    "validUntil " + request.validUntil() + " has passed: the offering would never be shown",
                    "give a date from today (" + today + ") on, or withdraw the offering instead"));
        }
    }

    private FieldProblem unknownConsortium(String field, String code) {
        return new FieldProblem(field, code, "no consortium has code '" + code + "'",
                "use one of " + territory.consortia().keySet().stream().sorted().toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
