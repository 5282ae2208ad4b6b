package org.prossima.data.catalogue;

import org.prossima.solver.text.Text;

/**
 * The fixed taxonomy of the catalogue. Each has a label in the message catalogues
 * ({@code catalogue.category.<CODE>}); the Italian label is also searchable text, so the database function
 * {@code offering_category_label} (migration V4) must give the same Italian label for every code (a test holds
 * them equal).
 */
public enum OfferingCategory {
    ECONOMIC_SUPPORT,
    FOOD_AID,
    HOUSING,
    WORK_INCLUSION,
    FAMILY_SUPPORT,
    FINANCIAL_EDUCATION,
    TRAINING,
    HEALTH,
    ENERGY_AND_BILLS,
    BASIC_GOODS,
    SHELTER,
    MOBILITY,
    ADVICE_AND_GUIDANCE,
    COMMUNITY;

    /** Its name as people read it. */
    public Text label() {
        return Text.of("catalogue.category." + name());
    }
}
