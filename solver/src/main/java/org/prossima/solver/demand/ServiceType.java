package org.prossima.solver.demand;

import java.util.List;

import org.prossima.solver.text.Text;

/**
 * The services companies can ask for on behalf of their employees (corporate welfare), the ones type-B social
 * cooperatives of the area commonly run. A fixed taxonomy: requests, cooperatives and lots all use it. Each has a
 * label in the message catalogues ({@code demand.serviceType.<CODE>}).
 */
public enum ServiceType {
    FAMILY_CARE("social-care", List.of("elderly-care-assistant", "companionship"), List.of("it"), List.of()),
    CHILDCARE("social-care", List.of("childcare-assistant"), List.of("it"), List.of()),
    CLEANING("cleaning", List.of("cleaning"), List.of(), List.of("chemicals")),
    LAUNDRY("laundry", List.of("laundry", "ironing"), List.of(), List.of("standing")),
    GARDENING("green-care", List.of("gardening", "green-maintenance"), List.of(), List.of("heavy-lifting")),
    CANTEEN("food-service", List.of("kitchen-assistant", "food-hygiene-haccp"), List.of(), List.of("standing")),
    MAINTENANCE("maintenance", List.of("assembly"), List.of(), List.of("heavy-lifting")),
    ERRANDS("logistics", List.of("driving-b"), List.of(), List.of());

    private final String sector;
    private final List<String> desirableSkills;
    private final List<String> languages;
    private final List<String> activityTags;

    ServiceType(String sector, List<String> desirableSkills, List<String> languages, List<String> activityTags) {
        this.sector = sector;
        this.desirableSkills = desirableSkills;
        this.languages = languages;
        this.activityTags = activityTags;
    }

    /** Skills that make a disadvantaged worker a better fit for the jobs this service creates. */
    public List<String> desirableSkills() {
        return desirableSkills;
    }

    /** Languages the work needs: Italian where it means talking with families, none otherwise. */
    public List<String> languages() {
        return languages;
    }

    /** What the work involves, in the activity-tag vocabulary of placement opportunities. */
    public List<String> activityTags() {
        return activityTags;
    }

    /** The placement sector of the jobs this service creates (same codes as placement opportunities). */
    public String sector() {
        return sector;
    }

    /** Its name as companies and cooperatives read it. */
    public Text label() {
        return Text.of("demand.serviceType." + name());
    }
}
