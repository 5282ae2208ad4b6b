package org.prossima.data.catalogue;

/**
 * The fixed taxonomy of the catalogue, with Italian labels first and English second. The Italian
 * label is also searchable text: the database function {@code offering_category_label} (migration
 * V4) must give the same label for every code.
 */
public enum OfferingCategory {
    ECONOMIC_SUPPORT("Sostegno economico", "Economic support"),
    FOOD_AID("Aiuto alimentare", "Food aid"),
    HOUSING("Casa e abitare", "Housing"),
    WORK_INCLUSION("Inclusione lavorativa", "Work inclusion"),
    FAMILY_SUPPORT("Sostegno alla famiglia e alla genitorialità", "Family and parenting support"),
    FINANCIAL_EDUCATION("Educazione finanziaria", "Financial education"),
    TRAINING("Formazione", "Training"),
    HEALTH("Salute e cura", "Health and care"),
    ENERGY_AND_BILLS("Bollette ed energia", "Energy and utility bills"),
    BASIC_GOODS("Abbigliamento e beni di prima necessità", "Clothing and basic goods"),
    SHELTER("Accoglienza e pronto intervento sociale", "Shelter and social emergency"),
    MOBILITY("Trasporto e mobilità", "Transport and mobility"),
    ADVICE_AND_GUIDANCE("Ascolto, orientamento e consulenza", "Listening, guidance and advice"),
    COMMUNITY("Attività di comunità e volontariato", "Community activities and volunteering");

    private final String labelIt;
    private final String labelEn;

    OfferingCategory(String labelIt, String labelEn) {
        this.labelIt = labelIt;
        this.labelEn = labelEn;
    }

    public String labelIt() {
        return labelIt;
    }

    public String labelEn() {
        return labelEn;
    }
}
