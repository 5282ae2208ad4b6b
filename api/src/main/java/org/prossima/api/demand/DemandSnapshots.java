package org.prossima.api.demand;

import java.time.LocalDate;
import java.util.List;

import org.prossima.data.demand.AllocationSnapshotRecord;
import org.prossima.data.demand.CooperativeRepository;
import org.prossima.data.demand.ServiceRequestRepository;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.stereotype.Component;

/** Snapshots of the current demand (active requests whose period has not ended) and of the cooperatives. */
@Component
class DemandSnapshots {

    private final ServiceRequestRepository requests;
    private final CooperativeRepository cooperatives;

    DemandSnapshots(ServiceRequestRepository requests, CooperativeRepository cooperatives) {
        this.requests = requests;
        this.cooperatives = cooperatives;
    }

    /**
     * Lots are made of every company's current requests, whoever asks for them: the lots and the allocation plans
     * show no notes, and a company's administrator reads the lots of everyone's (the access matrix's rule).
     */
    private static final AccessScope EVERY_COMPANY = AccessScope.everything(
            "lots and allocation plans are made of every company's current requests, without their notes");

    /** The current requests (periods are days on the territory's calendar), and the cooperatives when asked. */
    AllocationSnapshotRecord current(int joinMinutes, int maxLotWeeklyHours, boolean withCooperatives) {
        LocalDate today = TerritoryClock.today();
        List<AllocationSnapshotRecord.Request> current = EVERY_COMPANY.run(() -> requests.current(today)).stream()
                .map(r -> new AllocationSnapshotRecord.Request(r.id(), r.companyId(), r.companyName(),
                        r.serviceType(), r.weeklyHours(), r.lat(), r.lon(), r.istatCode(), r.comuneName(),
                        r.consortiumCode(), r.startsOn(), r.endsOn(), r.employeesServed()))
                .toList();
        List<AllocationSnapshotRecord.Cooperative> bases = !withCooperatives ? List.of() : cooperatives.all().stream()
                .map(c -> new AllocationSnapshotRecord.Cooperative(c.id(), c.name(), c.lat(), c.lon(), c.istatCode(),
                        c.comuneName(), c.weeklyCapacityHours(), c.maxTravelMinutes(),
                        c.disadvantagedSharePercent()))
                .toList();
        return new AllocationSnapshotRecord(today, joinMinutes, maxLotWeeklyHours, current, bases);
    }
}
