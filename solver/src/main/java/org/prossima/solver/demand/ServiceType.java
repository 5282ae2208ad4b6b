package org.prossima.solver.demand;

import java.util.List;

/**
 * The services companies can ask for on behalf of their employees (corporate welfare), the ones type-B social
 * cooperatives of the area commonly run. A fixed taxonomy: requests, cooperatives and lots all use it.
 */
public enum ServiceType {
    FAMILY_CARE("Assistenza familiare (anziani e persone fragili)", "Family care (older and frail people)",
            "social-care", List.of("elderly-care-assistant", "companionship"), List.of("it"), List.of()),
    CHILDCARE("Doposcuola, pre e post scuola, centri estivi", "After-school and holiday childcare", "social-care",
            List.of("childcare-assistant"), List.of("it"), List.of()),
    CLEANING("Pulizie domestiche", "Home cleaning", "cleaning", List.of("cleaning"), List.of(),
            List.of("chemicals")),
    LAUNDRY("Lavanderia e stireria", "Laundry and ironing", "laundry", List.of("laundry", "ironing"), List.of(),
            List.of("standing")),
    GARDENING("Giardinaggio e cura del verde", "Gardening", "green-care", List.of("gardening", "green-maintenance"),
            List.of(), List.of("heavy-lifting")),
    CANTEEN("Mensa e pasti pronti", "Canteen and ready meals", "food-service",
            List.of("kitchen-assistant", "food-hygiene-haccp"), List.of(), List.of("standing")),
    MAINTENANCE("Piccola manutenzione domestica", "Small home repairs", "maintenance", List.of("assembly"),
            List.of(), List.of("heavy-lifting")),
    ERRANDS("Commissioni, spesa e consegne", "Errands, shopping and deliveries", "logistics",
            List.of("driving-b"), List.of(), List.of());

    private final String italian;
    private final String english;
    private final String sector;
    private final List<String> desirableSkills;
    private final List<String> languages;
    private final List<String> activityTags;

    ServiceType(String italian, String english, String sector, List<String> desirableSkills, List<String> languages,
            List<String> activityTags) {
        this.italian = italian;
        this.english = english;
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

    /** Italian label, as companies and cooperatives read it. */
    public String italian() {
        return italian;
    }

    public String english() {
        return english;
    }

    /** The placement sector of the jobs this service creates (same codes as placement opportunities). */
    public String sector() {
        return sector;
    }
}
