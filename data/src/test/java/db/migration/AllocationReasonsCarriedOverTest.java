package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prossima.solver.text.Text;

/** V11 turns the two sentences of an unserved lot into the reason's key, or keeps them when it does not know them. */
class AllocationReasonsCarriedOverTest {

    @Test
    void theSentencesOfTheEarlierVersionBecomeKeys() {
        assertThat(V11__allocation_plans_in_the_plan_table.reason(
                "Nessuna cooperativa offre questo servizio entro la propria distanza massima",
                "No cooperative offers this service within its travel limit"))
                .isEqualTo(Text.of("demand.unserved.NO_COOPERATIVE"));
        assertThat(V11__allocation_plans_in_the_plan_table.reason(
                "Una cooperativa potrebbe, ma la sua capacità settimanale per questo servizio è già impegnata",
                "One cooperative could, but its weekly capacity for this service is taken"))
                .isEqualTo(Text.of("demand.unserved.ONE_COOPERATIVE_FULL"));
        assertThat(V11__allocation_plans_in_the_plan_table.reason(
                "12 cooperative potrebbero, ma la loro capacità settimanale per questo servizio è già impegnata",
                "12 cooperatives could, but their weekly capacity for this service is taken"))
                .isEqualTo(Text.of("demand.unserved.COOPERATIVES_FULL", 12));
    }

    @Test
    void sentencesItDoesNotKnowAreKeptAsTheyWere() {
        assertThat(V11__allocation_plans_in_the_plan_table.reason("Fuori zona", "Out of the area"))
                .isEqualTo(Text.legacy("Fuori zona", "Out of the area"));
        // The two languages disagreeing on the count: kept as written rather than trusting either.
        assertThat(V11__allocation_plans_in_the_plan_table.reason(
                "3 cooperative potrebbero, ma la loro capacità settimanale per questo servizio è già impegnata",
                "2 cooperatives could, but their weekly capacity for this service is taken"))
                .extracting(Text::key).isEqualTo(Text.LEGACY);
    }
}
