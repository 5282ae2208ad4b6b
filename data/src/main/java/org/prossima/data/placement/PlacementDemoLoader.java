package org.prossima.data.placement;

import java.time.LocalDate;
import java.util.List;

import org.prossima.data.security.AccessScope;
import org.prossima.solver.territory.TerritoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills empty placement tables with the demo roster ({@link PlacementDemo}) at start-up, right after the territory
 * is loaded and before plans are resumed: on the embedded database of the default run unless
 * {@code prossima.placement.demo-roster=false}, on an external one only when it is set true. Tables holding any
 * candidate, opportunity, host, tutor or budget are never touched.
 */
@Component
@EnableConfigurationProperties(PlacementDemoProperties.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PlacementDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlacementDemoLoader.class);

    private final CandidateRepository candidates;
    private final PersonRepository persons;
    private final HostRepository hosts;
    private final TutorRepository tutors;
    private final OpportunityRepository opportunities;
    private final BudgetRepository budgets;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final boolean enabled;

    public PlacementDemoLoader(CandidateRepository candidates, PersonRepository persons, HostRepository hosts,
            TutorRepository tutors, OpportunityRepository opportunities, BudgetRepository budgets,
            TransactionTemplate transaction, PlacementDemoProperties properties, Environment environment,
            ApplicationEventPublisher events) {
        this.events = events;
        this.candidates = candidates;
        this.persons = persons;
        this.hosts = hosts;
        this.tutors = tutors;
        this.opportunities = opportunities;
        this.budgets = budgets;
        this.transaction = transaction;
        this.enabled = properties.demoRoster() == null ? embeddedDatabase(environment) : properties.demoRoster();
    }

    /** The embedded PostgreSQL runs when no external database URL is set (see EmbeddedPostgresAutoConfiguration). */
    private static boolean embeddedDatabase(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled && Boolean.TRUE.equals(transaction.execute(status -> loadIfEmpty()))) {
            log.info("Placement tables were empty: loaded the demo roster, {} candidates and {} opportunities "
                    + "(prossima.placement.demo-roster=false turns this off)", PlacementDemo.CANDIDATES,
                    PlacementDemo.OPPORTUNITIES);
        }
    }

    private boolean loadIfEmpty() {
        Actor service = Actor.service("the demo roster is loaded into empty tables");
        AccessScope all = service.scope();
        if (candidates.count(all, null) > 0 || opportunities.count(all, null) > 0 || hosts.count(all, null) > 0
                || tutors.count(all, null) > 0 || !budgets.all(all).isEmpty()) {
            return false;
        }
        LocalDate today = TerritoryClock.today();
        var demo = new PlacementDemo(today);
        demo.hosts().forEach(hosts::insert);
        demo.tutors().forEach(tutors::insert);
        demo.opportunities().forEach(opportunities::insert);
        List<CandidateRow> people = demo.candidates();
        for (int i = 0; i < people.size(); i++) {
            candidates.insert(people.get(i));
            persons.write(service, people.get(i).id(), PlacementDemo.person(i + 1), "demo roster");
        }
        demo.budgets().forEach(b -> budgets.put(b.consortium(), b.monthlyEuros()));
        events.publishEvent(new PlacementDemoLoaded(today, people));
        return true;
    }
}
