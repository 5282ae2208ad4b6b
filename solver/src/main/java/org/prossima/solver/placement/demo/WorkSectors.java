package org.prossima.solver.placement.demo;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sectors of the work-inclusion paths the consortia run and the skills each draws on (ESCO-style short codes),
 * with the skills and languages any sector may ask for, as the roster generator draws them.
 */
final class WorkSectors {

    /** Sector → its skills, sectors in alphabetical order (the generator draws by index). */
    static final Map<String, List<String>> SKILLS = sectors();
    static final List<String> GENERIC_SKILLS = List.of("digital-basic", "driving-b", "customer-service",
            "teamwork-certificate", "food-hygiene-haccp", "safety-training");
    static final List<String> OTHER_LANGUAGES = List.of("ro", "ar", "fr", "en", "uk", "es", "sq");

    private WorkSectors() {
    }

    /** The sector codes, in alphabetical order. */
    static List<String> names() {
        return List.copyOf(SKILLS.keySet());
    }

    private static Map<String, List<String>> sectors() {
        Map<String, List<String>> sectors = new TreeMap<>();
        sectors.put("cleaning", List.of("cleaning", "industrial-cleaning", "chemicals-handling"));
        sectors.put("logistics", List.of("warehouse", "forklift", "inventory", "packaging"));
        sectors.put("green-care", List.of("gardening", "green-maintenance", "brushcutter"));
        sectors.put("food-service", List.of("kitchen-assistant", "food-service", "dishwashing"));
        sectors.put("retail", List.of("retail", "cashier", "shelf-stocking"));
        sectors.put("social-care", List.of("elderly-care-assistant", "childcare-assistant", "companionship"));
        sectors.put("manufacturing", List.of("assembly", "machine-operation", "quality-check"));
        sectors.put("agriculture", List.of("agriculture", "harvesting", "animal-care"));
        sectors.put("administration", List.of("data-entry", "reception", "archiving"));
        sectors.put("laundry", List.of("laundry", "ironing", "sewing"));
        sectors.put("waste", List.of("waste-sorting", "recycling", "driving-b"));
        return Collections.unmodifiableMap(sectors);
    }
}
