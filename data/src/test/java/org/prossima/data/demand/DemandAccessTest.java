package org.prossima.data.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.demand.ServiceType;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose requests and cooperatives a scope reads and writes: a company's own requests, a consortium's requests to
 * read, any cooperative to read but only its own to change; by the repositories' scope and, behind it, by row-level
 * security as the service's own database role.
 */
@SpringBootTest
class DemandAccessTest extends EmbeddedDatabaseTest {

    private static final AccessScope SERVICE = AccessScope.everything("the test's own checks");
    private static final DemandPlace CHIVASSO = new DemandPlace(45.190959, 7.887186, "001082");
    private static final DemandPlace IVREA = new DemandPlace(45.467379, 7.874797, "001125");
    private static final LocalDate FROM = TerritoryClock.today().plusDays(7);

    @Autowired
    ServiceRequestRepository requests;
    @Autowired
    CooperativeRepository cooperatives;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCompanyReadsAndWithdrawsOnlyItsOwnRequestsAndACoordinatorReadsItsConsortiums() {
        String mine = company();
        String theirs = company();
        String own = request(mine, IVREA);
        String other = request(theirs, CHIVASSO);
        AccessScope company = AccessScope.organisation(mine);

        assertThat(requests.find(company, own)).isPresent();
        assertThat(requests.find(company, other)).isEmpty();
        assertThat(requests.find(AccessScope.consortium("CISS_CHIVASSO"), other)).isPresent();
        assertThat(requests.find(AccessScope.consortium("CISS_CHIVASSO"), own)).as("Ivrea: no consortium").isEmpty();
        assertThat(requests.find(AccessScope.consortium("CISA"), other)).isEmpty();
        assertThat(requests.find(AccessScope.nothing(), own)).isEmpty();
        RequestQuery all = new RequestQuery(null, null, null, null, 0, 500);
        assertThat(requests.find(company, all).items()).extracting(StoredServiceRequest::id).containsExactly(own);
        assertThat(requests.find(company, new RequestQuery(null, null, null, theirs, 0, 10)).total()).isZero();
        assertThat(requests.companies(company, 0, 10)).extracting(Company::id).containsExactly(mine);
        assertThat(requests.countCompanies(company)).isEqualTo(1);
        assertThat(requests.countCompanies(SERVICE)).isGreaterThanOrEqualTo(2);

        assertThat(requests.withdraw(company, other)).isEmpty();
        assertThat(requests.find(SERVICE, other).orElseThrow().status()).isEqualTo(RequestStatus.ACTIVE);
        assertThat(requests.withdraw(AccessScope.consortium("CISS_CHIVASSO"), other)).as("coordinators only read")
                .isEmpty();
        assertThat(requests.withdraw(company, own).orElseThrow().status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThatThrownBy(() -> requests.create(company, newRequest(theirs, IVREA)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCooperativeChangesOnlyItselfAndOnlyTheServiceOrAnAdministratorCreatesOne() {
        StoredCooperative mine = cooperatives.create(SERVICE, cooperative("Cooperativa sociale Mia"));
        StoredCooperative theirs = cooperatives.create(SERVICE, cooperative("Cooperativa sociale Altra"));
        AccessScope scope = AccessScope.organisation(mine.id());

        assertThat(cooperatives.update(scope, mine.id(), cooperative("Cooperativa sociale Mia e Nuova")))
                .get().extracting(StoredCooperative::name).isEqualTo("Cooperativa sociale Mia e Nuova");
        assertThat(cooperatives.update(scope, theirs.id(), cooperative("Presa"))).isEmpty();
        assertThat(cooperatives.find(theirs.id()).orElseThrow().name()).isEqualTo("Cooperativa sociale Altra");
        assertThatThrownBy(() -> cooperatives.create(scope, cooperative("Cooperativa sociale Terza")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowLevelSecurityShowsTheServicesRoleOnlyTheScopesRequestsAndLetsItChangeOnlyItsOwnCooperative() {
        String mine = company();
        String theirs = company();
        String own = request(mine, IVREA);
        String other = request(theirs, CHIVASSO);
        List<String> both = List.of(own, other);
        String sql = "select id from demand_request where id = any(:ids)";

        assertThat(AccessScope.nothing().run(() -> jdbc.sql("select current_user").query(String.class).single()))
                .isEqualTo("prossima");
        assertThat(visible(AccessScope.organisation(mine), sql, both)).containsExactly(own);
        assertThat(visible(AccessScope.organisation(company()), sql, both)).isEmpty();
        assertThat(visible(AccessScope.consortium("CISS_CHIVASSO"), sql, both)).containsExactly(other);
        assertThat(visible(AccessScope.consortium("CISA"), sql, both)).isEmpty();
        assertThat(visible(AccessScope.nothing(), sql, both)).isEmpty();
        assertThat(visible(SERVICE, sql, both)).containsExactlyInAnyOrder(own, other);
        int withdrawn = AccessScope.organisation(mine).run(() -> jdbc.sql(
                "update demand_request set status = 'WITHDRAWN' where id = any(:ids)")
                .param("ids", both.toArray(String[]::new)).update());
        assertThat(withdrawn).isEqualTo(1);

        StoredCooperative coop = cooperatives.create(SERVICE, cooperative("Cooperativa sociale Riga"));
        StoredCooperative another = cooperatives.create(SERVICE, cooperative("Cooperativa sociale Altra Riga"));
        String rename = "update demand_cooperative set name = 'Cambiata' where id in (:a, :b)";
        AccessScope scope = AccessScope.organisation(coop.id());
        assertThat(scope.run(() -> jdbc.sql("select count(*) from demand_cooperative where id in (:a, :b)")
                .param("a", coop.id()).param("b", another.id()).query(Long.class).single()))
                .as("every cooperative is read").isEqualTo(2);
        assertThat(scope.run(() -> jdbc.sql(rename).param("a", coop.id()).param("b", another.id()).update()))
                .isEqualTo(1);
        assertThat(AccessScope.consortium("CISA").run(() -> jdbc.sql(rename).param("a", coop.id())
                .param("b", another.id()).update())).isZero();
        assertThat(scope.run(() -> jdbc.sql("delete from demand_cooperative_capacity where cooperative_id = :b")
                .param("b", another.id()).update())).isZero();
    }

    private List<String> visible(AccessScope scope, String sql, List<String> ids) {
        return scope.run(() -> jdbc.sql(sql).param("ids", ids.toArray(String[]::new)).query(String.class).list());
    }

    private String company() {
        return requests.company("Azienda di prova " + UUID.randomUUID(), null).id();
    }

    private String request(String company, DemandPlace place) {
        return requests.create(SERVICE, newRequest(company, place)).id();
    }

    private static NewServiceRequest newRequest(String company, DemandPlace place) {
        return new NewServiceRequest(company, null, ServiceType.LAUNDRY, 4, place, FROM, FROM.plusMonths(1), 3, null);
    }

    private static NewCooperative cooperative(String name) {
        return new NewCooperative(name, IVREA, Map.of(ServiceType.LAUNDRY, 10), 30, 40);
    }
}
