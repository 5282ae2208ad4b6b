package org.prossima.bench.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * A client's stream of realistic catalogue searches: words in the forms people type (singular
 * and plural, phrases, a word excluded), alone or with filters (category, comune, reachable
 * within N minutes, a person's profile), mostly the first page. Same seed, same stream.
 */
public final class SearchRequests {

    /** Kinds of request, reported separately. */
    public enum Kind { WORDS, WORDS_AND_FILTERS, FILTERS_ONLY, REACH, BROWSE }

    static final List<String> WORDS = List.of("tirocini", "tirocinio", "tirocinio di inclusione", "lavoro",
            "cerco lavoro", "alimentari", "pacco alimentare", "spesa gratuita", "emporio solidale", "affitto",
            "affitti", "contributo affitto", "casa", "casa popolare", "bollette", "bolletta luce gas", "corso",
            "corsi di italiano", "formazione professionale", "educazione finanziaria", "debiti", "famiglie",
            "genitori", "doposcuola", "psicologo", "visite mediche", "mensa", "pasto caldo", "accoglienza notturna",
            "abiti", "vestiti bambini", "trasporto anziani", "disabilità", "cooperativa sociale", "orientamento",
            "curriculum", "sostegno economico", "assegno di inclusione", "microcredito", "orti sociali",
            "\"banco alimentare\"", "casa -sfratti", "Caritas", "consorzio", "sportello", "aiuto bollette",
            "buoni spesa", "competenze digitali", "SPID", "centro di ascolto");
    static final List<String> CATEGORIES = List.of("ECONOMIC_SUPPORT", "FOOD_AID", "HOUSING", "WORK_INCLUSION",
            "FAMILY_SUPPORT", "FINANCIAL_EDUCATION", "TRAINING", "HEALTH", "ENERGY_AND_BILLS", "BASIC_GOODS",
            "SHELTER", "MOBILITY", "ADVICE_AND_GUIDANCE", "COMMUNITY");
    static final List<String> CONSORTIA = List.of("CISS38", "INRETE", "CISSAC", "UNIONE_NET", "CISS_CHIVASSO",
            "CISA", "CIS_CIRIE");
    static final List<String> PROGRAMMES = List.of("ADI", "SFL", "LAW_68_1999", "NONE");

    private final Random random;
    private final List<String> comuni;

    /** @param comuni ISTAT codes of the comuni to search around (from GET /api/v1/territory/comuni) */
    public SearchRequests(long seed, List<String> comuni) {
        if (comuni.isEmpty()) {
            throw new IllegalArgumentException("no comuni to search around");
        }
        this.random = new Random(seed);
        this.comuni = List.copyOf(comuni);
    }

    /** The next request: its kind and its path with query string. */
    public Request next() {
        int roll = random.nextInt(100);
        Kind kind = roll < 35 ? Kind.WORDS : roll < 60 ? Kind.WORDS_AND_FILTERS : roll < 75 ? Kind.FILTERS_ONLY
                : roll < 90 ? Kind.REACH : Kind.BROWSE;
        List<String> parameters = new ArrayList<>();
        if (kind == Kind.WORDS || kind == Kind.WORDS_AND_FILTERS || (kind == Kind.REACH && random.nextBoolean())) {
            parameters.add("q=" + encode(pick(WORDS)));
        }
        if (kind == Kind.WORDS_AND_FILTERS || kind == Kind.FILTERS_ONLY) {
            filters(parameters);
        }
        if (kind == Kind.REACH) {
            parameters.add("from=" + pick(comuni));
            parameters.add("withinMinutes=" + (15 * (1 + random.nextInt(4))));
            if (random.nextBoolean()) {
                parameters.add("by=car");
            }
        }
        page(parameters, kind == Kind.BROWSE);
        StringJoiner query = new StringJoiner("&", "/api/v1/catalogue/offerings?", "");
        parameters.forEach(query::add);
        return new Request(kind, query.toString());
    }

    /**
     * A pause drawn uniformly from 0 to twice the mean, so that clients that start together do not
     * keep sending their requests in bursts.
     */
    public long thinkMillis(int mean) {
        return mean <= 0 ? 0 : random.nextLong(2L * mean + 1);
    }

    /** One to three filters, each of a different kind (a repeated parameter would be a 400). */
    private void filters(List<String> parameters) {
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        Collections.shuffle(kinds, random);
        for (int f : kinds.subList(0, 1 + random.nextInt(3))) {
            switch (f) {
                case 0 -> parameters.add("category=" + pick(CATEGORIES));
                case 1 -> parameters.add("comune=" + pick(comuni));
                case 2 -> parameters.add("age=" + (18 + random.nextInt(63)));
                case 3 -> parameters.add("isee=" + (3000 + random.nextInt(22_000)));
                case 4 -> parameters.add(random.nextBoolean() ? "consortium=" + pick(CONSORTIA)
                        : "residence=" + pick(comuni));
                default -> parameters.add("programme=" + pick(PROGRAMMES));
            }
        }
    }

    private void page(List<String> parameters, boolean browsing) {
        int roll = random.nextInt(100);
        int page = browsing ? random.nextInt(25) : roll < 80 ? 0 : roll < 95 ? 1 + random.nextInt(3) : 4 + random.nextInt(10);
        if (page > 0) {
            parameters.add("page=" + page);
        }
        int sizeRoll = random.nextInt(10);
        if (sizeRoll == 0) {
            parameters.add("size=50");
        } else if (sizeRoll == 1) {
            parameters.add("size=10");
        }
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public record Request(Kind kind, String path) {
    }
}
