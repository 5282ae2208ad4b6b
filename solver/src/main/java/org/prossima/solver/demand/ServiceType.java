package org.prossima.solver.demand;

/**
 * The services companies can ask for on behalf of their employees (corporate welfare), the ones type-B social
 * cooperatives of the area commonly run. A fixed taxonomy: requests, cooperatives and lots all use it.
 */
public enum ServiceType {
    FAMILY_CARE("Assistenza familiare (anziani e persone fragili)", "Family care (older and frail people)",
            "social-care"),
    CHILDCARE("Doposcuola, pre e post scuola, centri estivi", "After-school and holiday childcare", "social-care"),
    CLEANING("Pulizie domestiche", "Home cleaning", "cleaning"),
    LAUNDRY("Lavanderia e stireria", "Laundry and ironing", "laundry"),
    GARDENING("Giardinaggio e cura del verde", "Gardening", "green-care"),
    CANTEEN("Mensa e pasti pronti", "Canteen and ready meals", "food-service"),
    MAINTENANCE("Piccola manutenzione domestica", "Small home repairs", "maintenance"),
    ERRANDS("Commissioni, spesa e consegne", "Errands, shopping and deliveries", "logistics");

    private final String italian;
    private final String english;
    private final String sector;

    ServiceType(String italian, String english, String sector) {
        this.italian = italian;
        this.english = english;
        this.sector = sector;
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
