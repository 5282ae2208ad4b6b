package org.prossima.data.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The demo roster is whole: every reference it makes is to a row it has, and it covers all seven consortia. */
class PlacementDemoTest {

    @Test
    void theDemoRosterRefersOnlyToItsOwnRowsAndCoversEveryConsortium() {
        var demo = new PlacementDemo(LocalDate.of(2027, 1, 4));

        assertThat(demo.candidates()).hasSize(PlacementDemo.CANDIDATES);
        assertThat(demo.opportunities()).hasSize(PlacementDemo.OPPORTUNITIES);
        Set<String> hosts = demo.hosts().stream().map(HostRow::id).collect(Collectors.toSet());
        Set<String> tutors = demo.tutors().stream().map(TutorRow::id).collect(Collectors.toSet());
        assertThat(demo.opportunities()).allSatisfy(o -> {
            assertThat(hosts).contains(o.hostId());
            assertThat(o.tutorId() == null || tutors.contains(o.tutorId())).as(o.id() + "'s tutor").isTrue();
        });
        assertThat(demo.candidates()).allSatisfy(c -> assertThat(hosts).containsAll(c.hostsToAvoid()));
        Set<String> consortia = new HashSet<>();
        demo.candidates().forEach(c -> consortia.add(c.consortium()));
        assertThat(consortia).containsExactlyInAnyOrder("CISS38", "INRETE", "CISSAC", "UNIONE_NET",
                "CISS_CHIVASSO", "CISA", "CIS_CIRIE");
        assertThat(demo.budgets()).extracting(b -> b.consortium()).containsExactlyInAnyOrderElementsOf(consortia);
        assertThat(PlacementDemo.person(17).fullName()).isEqualTo("Persona demo 17");
        assertThat(demo.hosts()).as("the demo company's host administrator has one host to manage")
                .filteredOn(h -> PlacementDemo.DEMO_COMPANY.equals(h.organisation())).singleElement()
                .extracting(HostRow::id).isEqualTo(PlacementDemo.DEMO_COMPANY_HOST);
    }
}
