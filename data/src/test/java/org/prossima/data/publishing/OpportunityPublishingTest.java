package org.prossima.data.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.catalogue.CatalogueSearch;
import org.prossima.data.catalogue.Offering;
import org.prossima.data.catalogue.OfferingCategory;
import org.prossima.data.catalogue.OfferingPage;
import org.prossima.data.catalogue.OfferingQuery;
import org.prossima.data.catalogue.OfferingRepository;
import org.prossima.data.catalogue.OfferingSource;
import org.prossima.data.placement.CandidateRepository;
import org.prossima.data.placement.CandidateRow;
import org.prossima.data.placement.Decision;
import org.prossima.data.placement.HostRepository;
import org.prossima.data.placement.HostRow;
import org.prossima.data.placement.OpportunityRepository;
import org.prossima.data.placement.OpportunityRow;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.OpportunityKind;
import org.prossima.solver.placement.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Placement opportunities reach the catalogue through the one publishing service, and so do their seats left. The
 * database is shared with the other data tests: this one's rows are of consortium CISA, which they do not use.
 */
@SpringBootTest
class OpportunityPublishingTest extends EmbeddedDatabaseTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Autowired
    OpportunityPublishing publishing;
    @Autowired
    HostRepository hosts;
    @Autowired
    OpportunityRepository opportunities;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    OfferingRepository offerings;
    @Autowired
    CatalogueSearch catalogue;

    @Test
    void anOpportunityIsPublishedInItalianWithLiveSeatsThatADecisionChanges() {
        hosts.insert(new HostRow("PUB-H", "CISA", "Cooperativa sociale Il Ponte", OpportunityKind.COOPERATIVE_JOB,
                "001125", null, null, null));
        opportunities.insert(opportunity("PUB-O-1", "001125", 45.4669, 7.8759));
        opportunities.insert(opportunity("PUB-O-2", null, 45.4669, 7.8759));

        publishing.publish(List.of("PUB-O-1", "PUB-O-2"));

        Offering published = found("PUB-O-1");
        assertThat(published.source()).isEqualTo(OfferingSource.PLACEMENT_OPPORTUNITY);
        assertThat(published.content().title()).isEqualTo("Tirocinio di inclusione — pulizie");
        assertThat(published.content().description()).startsWith("Tirocinio di inclusione nel settore pulizie presso "
                + "Cooperativa sociale Il Ponte: 20 ore a settimana (lunedì, mercoledì), da iniziare tra il "
                + "2026-12-01 e il 2027-01-31.");
        assertThat(published.content().category()).isEqualTo(OfferingCategory.WORK_INCLUSION);
        assertThat(published.content().seatsLeft()).isEqualTo(2);
        assertThat(offerings.publishedRefs(List.of(OfferingSource.PLACEMENT_OPPORTUNITY)))
                .as("coordinates without a comune are not published").contains("PUB-O-1").doesNotContain("PUB-O-2");

        UUID candidate = UUID.randomUUID();
        candidates.insert(new CandidateRow(candidate, "CISA", "001125", null, null, List.of("cleaning"),
                List.of("it"), Mobility.OWN_CAR, 60, 20, EnumSet.of(DayOfWeek.MONDAY), START, Programme.ADI, 3, 1,
                List.of(), List.of(), List.of(), null, List.of(), null, null));
        Decision decision = publishing.recordDecision(candidate, "PUB-O-1", "CISA", Decision.Kind.ACCEPTED, null,
                "coordinator.cisa");

        assertThat(decision.decision()).isEqualTo(Decision.Kind.ACCEPTED);
        assertThat(found("PUB-O-1").content().seatsLeft()).as("the next search sees the seat taken").isEqualTo(1);
    }

    private static OpportunityRow opportunity(String id, String istatCode, double lat, double lon) {
        return new OpportunityRow(id, "CISA", OpportunityKind.INCLUSION_INTERNSHIP, "PUB-H", istatCode, lat, lon,
                "cleaning", List.of("cleaning"), List.of(), List.of("it"), 20,
                EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY), 2, START, START.plusDays(61), 0, null, List.of(),
                null, null);
    }

    /** The offering published for an opportunity, as a search in its comune finds it. */
    private Offering found(String opportunityId) {
        OfferingPage page = catalogue.search(new OfferingQuery("tirocinio", Set.of(OfferingCategory.WORK_INCLUSION),
                "001125", null, null, START, 0, 500));
        return page.items().stream().map(OfferingPage.Found::offering)
                .filter(o -> opportunityId.equals(o.sourceRef())).findFirst().orElseThrow();
    }
}
