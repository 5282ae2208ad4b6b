package org.prossima.data.demand;

import org.prossima.data.security.AccessScope;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.territory.TerritoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills empty demand tables with the ASL TO4 demo at start-up (after the territory is loaded), unless
 * {@code prossima.demand.demo-data=false}. Tables holding any request or cooperative are never touched.
 */
@Component
@EnableConfigurationProperties(DemandProperties.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class DemandDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemandDemoLoader.class);

    private final ServiceRequestRepository requests;
    private final CooperativeRepository cooperatives;
    private final TerritoryRepository territory;
    private final DemandProperties properties;
    private final TransactionTemplate transaction;

    public DemandDemoLoader(ServiceRequestRepository requests, CooperativeRepository cooperatives,
                            TerritoryRepository territory, DemandProperties properties,
                            TransactionTemplate transaction) {
        this.requests = requests;
        this.cooperatives = cooperatives;
        this.territory = territory;
        this.properties = properties;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || requests.count() > 0 || cooperatives.count() > 0) {
            return;
        }
        DemandDemo.Content demo = DemandDemo.generate(territory.comuni(), TerritoryClock.today(), DemandDemo.SEED);
        AccessScope service = AccessScope.everything("the demand demo, loaded by the service at its start");
        service.run(() -> transaction.executeWithoutResult(status -> {
            demo.companies().forEach(company -> requests.company(company.name(), company.istatCode()));
            demo.requests().forEach(request -> requests.create(service, request));
            demo.cooperatives().forEach(cooperative -> cooperatives.create(service, cooperative));
        }));
        log.info("Demand tables were empty: loaded {} demo companies, {} requests and {} cooperatives "
                        + "(prossima.demand.demo-data=false turns this off)", demo.companies().size(),
                demo.requests().size(), demo.cooperatives().size());
    }
}
