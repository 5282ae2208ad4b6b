package org.prossima.data.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.prossima.solver.placement.Programme;

/**
 * A catalogue search: every part left null (or empty) does not filter. Only active offerings
 * still valid on {@code today} are found.
 *
 * @param text       Italian words (web-search syntax: "quoted phrases", or, -excluded), or null
 * @param categories any of these categories, or empty for all
 * @param comune     serving this comune or located in it, or null
 * @param reach      serving its origin comune or located within its radius, or null
 * @param profile    the person's attributes the eligibility rules are checked against, or null
 * @param today      the day that decides what has expired
 * @param page       0-based page
 * @param size       items per page
 */
public record OfferingQuery(String text, Set<OfferingCategory> categories, String comune, StraightLineReach reach,
        Profile profile, LocalDate today, int page, int size) {

    public OfferingQuery {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        profile = profile == null ? Profile.ANY : profile;
    }

    /**
     * What is known of the person: each attribute given is checked against the rule the offering
     * states for it; an attribute not given checks nothing.
     *
     * @param consortium the consortium of the comune the person lives in
     * @param programmes the programmes the person follows ({@link Programme#NONE}: none)
     */
    public record Profile(Integer age, BigDecimal isee, String consortium, Set<Programme> programmes) {

        public static final Profile ANY = new Profile(null, null, null, Set.of());

        public Profile {
            programmes = programmes == null ? Set.of() : Set.copyOf(programmes);
        }
    }
}
