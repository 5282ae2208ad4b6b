package org.prossima.api.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.prossima.api.catalogue.OfferingSearchResponse.Filters;
import org.prossima.api.catalogue.OfferingSearchResponse.Profile;
import org.prossima.api.catalogue.OfferingSearchResponse.Reachable;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.paging.Paging;
import org.prossima.data.catalogue.OfferingCategory;
import org.prossima.data.catalogue.OfferingQuery;
import org.prossima.data.catalogue.StraightLineReach;
import org.prossima.solver.territory.Comune;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.placement.Programme;
import org.prossima.solver.text.Text;

/**
 * The query parameters of a catalogue search, checked: every problem is a 400 naming the
 * parameter, its value and a hint. The result is the repository's query, the filters as the
 * response shows them, and notes for the reader.
 */
record SearchParameters(OfferingQuery query, Filters filters, List<Text> notes) {

    /** A page of search results is shorter than other lists' (a person reads it); the limits are the same. */
    static final int DEFAULT_SIZE = 20;
    static final int MAX_MINUTES = 180;
    static final int MAX_TEXT = 200;

    /** The raw parameters as received (null when absent). */
    record Raw(String q, List<String> category, String comune, String withinMinutes, String from, String by,
               String age, String isee, String residence, String consortium, List<String> programme, String page,
               String size) {
    }

    static SearchParameters parse(Raw raw, CatalogueTerritory territory, LocalDate today) {
        return new Parser(raw, territory).parse(today);
    }

    private static final class Parser {

        private final Raw raw;
        private final CatalogueTerritory territory;
        private final List<FieldProblem> problems = new ArrayList<>();
        private final List<Text> notes = new ArrayList<>();

        Parser(Raw raw, CatalogueTerritory territory) {
            this.raw = raw;
            this.territory = territory;
        }

        SearchParameters parse(LocalDate today) {
            String text = text();
            Set<OfferingCategory> categories = categories();
            String comune = comune("comune", raw.comune());
            StraightLineReach reach = reach();
            Integer age = whole("age", raw.age(), 0, 120, "an age in years, e.g. 34");
            BigDecimal isee = isee();
            String consortium = consortium(raw.residence(), raw.consortium());
            Set<Programme> programmes = programmes();
            Paging paging = Paging.of(raw.page(), raw.size(), DEFAULT_SIZE, problems);
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
            OfferingQuery.Profile profile = new OfferingQuery.Profile(age, isee, consortium, programmes);
            OfferingQuery query = new OfferingQuery(text, categories, comune, reach, profile, today, paging.page(),
                    paging.size());
            Reachable reachable = reach == null ? null : new Reachable(reach.fromIstatCode(), reach.minutes(),
                    reach.profile().name().toLowerCase(Locale.ROOT), reach.source(), true);
            Profile shownProfile = age == null && isee == null && consortium == null && programmes.isEmpty() ? null
                    : new Profile(age, isee, raw.residence(), consortium,
                            programmes.stream().map(Enum::name).sorted().toList());
            Filters filters = new Filters(text, categories.stream().map(Enum::name).sorted().toList(), comune,
                    reachable, shownProfile);
            return new SearchParameters(query, filters, List.copyOf(notes));
        }

        private String text() {
            if (raw.q() == null || raw.q().isBlank()) {
                return null;
            }
            String text = raw.q().strip();
            if (text.length() > MAX_TEXT) {
                problems.add(new FieldProblem("q", text.substring(0, 40) + "…",
                        "the search text is " + text.length() + " characters long",
                        "use at most " + MAX_TEXT + " characters: a few words are enough"));
                return null;
            }
            return text;
        }

        private Set<OfferingCategory> categories() {
            Set<OfferingCategory> categories = new LinkedHashSet<>();
            for (String code : values(raw.category())) {
                try {
                    categories.add(OfferingCategory.valueOf(code.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("category", code, "unknown category '" + code + "'",
                            "use one or more of " + Arrays.toString(OfferingCategory.values())));
                }
            }
            return categories;
        }

        private String comune(String parameter, String code) {
            if (code == null || code.isBlank()) {
                return null;
            }
            if (territory.comune(code.strip()).isEmpty()) {
                problems.add(new FieldProblem(parameter, code, "no comune of ASL TO4 has ISTAT code '" + code + "'",
                        "use the 6-digit ISTAT code of a comune of ASL TO4, as listed by GET /api/v1/territory/comuni"));
                return null;
            }
            return code.strip();
        }

        private StraightLineReach reach() {
            Integer minutes = whole("withinMinutes", raw.withinMinutes(), 1, MAX_MINUTES, "e.g. 30");
            String from = comune("from", raw.from());
            TravelProfile profile = travelProfile();
            boolean hasMinutes = raw.withinMinutes() != null && !raw.withinMinutes().isBlank();
            boolean hasFrom = raw.from() != null && !raw.from().isBlank();
            if (hasMinutes && !hasFrom) {
                problems.add(new FieldProblem("from", null, "withinMinutes needs the comune to travel from",
                        "add from=ISTAT code of the comune, e.g. from=001125&withinMinutes=30"));
            } else if (hasFrom && !hasMinutes) {
                problems.add(new FieldProblem("withinMinutes", null, "from needs a travel-time limit",
                        "add withinMinutes=N (1.." + MAX_MINUTES + "), or use comune= for offerings in a comune"));
            }
            if (minutes == null || from == null || profile == null) {
                return null;
            }
            Comune origin = territory.comune(from).orElseThrow();
            notes.add(Text.of("catalogue.note.STRAIGHT_LINE_TRAVEL_TIMES",
                    Text.of(profile == TravelProfile.CAR ? "travel.by.car" : "travel.by.transit")));
            return new StraightLineReach(from, new Location(origin.lat(), origin.lon()), minutes, profile);
        }

        private TravelProfile travelProfile() {
            if (raw.by() == null || raw.by().isBlank()) {
                return TravelProfile.TRANSIT;
            }
            return switch (raw.by().strip().toLowerCase(Locale.ROOT)) {
                case "car" -> TravelProfile.CAR;
                case "transit" -> TravelProfile.TRANSIT;
                default -> {
                    problems.add(new FieldProblem("by", raw.by(), "unknown way of travelling '" + raw.by() + "'",
                            "use car or transit (public transport, the default)"));
                    yield null;
                }
            };
        }

        private BigDecimal isee() {
            if (raw.isee() == null || raw.isee().isBlank()) {
                return null;
            }
            try {
                BigDecimal isee = new BigDecimal(raw.isee().strip());
                if (isee.signum() >= 0 && isee.compareTo(BigDecimal.valueOf(10_000_000)) <= 0) {
                    return isee;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new FieldProblem("isee", raw.isee(), "isee must be an amount in euros from 0",
                    "use digits with a dot for cents, e.g. 9360.50"));
            return null;
        }

        /** The consortium of residence: given, or the one of the residence comune when it is known. */
        private String consortium(String residence, String code) {
            String given = null;
            if (code != null && !code.isBlank()) {
                if (territory.consortium(code.strip()).isEmpty()) {
                    problems.add(new FieldProblem("consortium", code, "no consortium has code '" + code + "'",
                            "use one of " + territory.consortia().keySet().stream().sorted().toList()));
                    return null;
                }
                given = code.strip();
            }
            String home = comune("residence", residence);
            if (home == null) {
                return given;
            }
            String ofHome = territory.comune(home).orElseThrow().consortiumCode();
            if (ofHome == null) {
                if (given == null) {
                    notes.add(Text.of("catalogue.note.RESIDENCE_NOT_CHECKED", home));
                }
                return given;
            }
            if (given != null && !given.equals(ofHome)) {
                problems.add(new FieldProblem("consortium", code, "comune " + home + " belongs to consortium "
                        + ofHome + ", not " + given, "give only residence, or the consortium it belongs to"));
                return null;
            }
            return ofHome;
        }

        private Set<Programme> programmes() {
            Set<Programme> programmes = new LinkedHashSet<>();
            for (String code : values(raw.programme())) {
                try {
                    programmes.add(Programme.valueOf(code.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("programme", code, "unknown programme '" + code + "'",
                            "use ADI, SFL, LAW_68_1999, or NONE for a person who follows none"));
                }
            }
            if (programmes.contains(Programme.NONE) && programmes.size() > 1) {
                problems.add(new FieldProblem("programme", String.join(",", values(raw.programme())),
                        "NONE cannot be combined with a programme", "give NONE alone, or the programmes followed"));
            }
            return programmes;
        }

        private Integer whole(String parameter, String value, int min, int max, String hint) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new FieldProblem(parameter, value,
                    parameter + " must be a whole number from " + min + " to " + max, hint));
            return null;
        }

        private static List<String> values(List<String> raw) {
            if (raw == null) {
                return List.of();
            }
            return raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
        }
    }
}
