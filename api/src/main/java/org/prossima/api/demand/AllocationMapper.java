package org.prossima.api.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.prossima.api.text.Texts;
import org.prossima.data.demand.AllocationPlanRecord;
import org.prossima.data.demand.AllocationPlanRecord.ComuneRef;
import org.prossima.data.demand.AllocationPlanRecord.Coordinates;
import org.prossima.data.demand.AllocationPlanRecord.CooperativeLoad;
import org.prossima.data.demand.AllocationPlanRecord.Load;
import org.prossima.data.demand.AllocationPlanRecord.Point;
import org.prossima.data.demand.AllocationPlanRecord.Totals;
import org.prossima.data.demand.AllocationSnapshotRecord;
import org.prossima.data.demand.AllocationSnapshotRecord.Cooperative;
import org.prossima.data.demand.AllocationSnapshotRecord.Request;
import org.prossima.solver.demand.AllocationPlan;
import org.prossima.solver.demand.AllocationPlan.JobOpening;
import org.prossima.solver.demand.AllocationPlan.LotPlan;
import org.prossima.solver.demand.AllocationProblem;
import org.prossima.solver.demand.CooperativeSpec;
import org.prossima.solver.demand.DemandAggregator;
import org.prossima.solver.demand.Lot;
import org.prossima.solver.demand.ServiceRequestSpec;
import org.prossima.solver.demand.ServiceType;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * Maps a snapshot of the demand to the solver's problem — places (the requests' in order, then the cooperatives'
 * bases), car travel times between them, the lots the requests make — and the solver's plan back to the record
 * data stores, each lot with its requests' area and dates; and the lots alone to what GET /lots shows.
 */
final class AllocationMapper {

    /** Cooperatives' workers travel by car. */
    static final TravelProfile PROFILE = TravelProfile.CAR;

    private final AllocationSnapshotRecord snapshot;
    private final TravelTimeMatrix matrix;
    private final List<Location> places = new ArrayList<>();
    private final List<Lot> lots;
    private final Map<String, Request> requests = new HashMap<>();
    private final Map<String, Cooperative> cooperatives = new LinkedHashMap<>();

    AllocationMapper(AllocationSnapshotRecord snapshot) {
        this.snapshot = snapshot;
        List<ServiceRequestSpec> specs = new ArrayList<>();
        for (Request request : snapshot.requests()) {
            specs.add(new ServiceRequestSpec(request.id(), request.companyId(), request.serviceType(),
                    request.weeklyHours(), places.size(), request.from(), request.until(), request.employeesServed()));
            places.add(new Location(request.lat(), request.lon()));
            requests.put(request.id(), request);
        }
        for (Cooperative cooperative : snapshot.cooperatives()) {
            places.add(new Location(cooperative.lat(), cooperative.lon()));
            cooperatives.put(cooperative.id(), cooperative);
        }
        matrix = new HaversineTravelTimeMatrix(places, PROFILE);
        lots = DemandAggregator.aggregate(specs, places, matrix,
                new DemandAggregator.Settings(snapshot.joinMinutes(), snapshot.maxLotWeeklyHours()));
    }

    AllocationProblem problem() {
        List<CooperativeSpec> specs = new ArrayList<>();
        int place = snapshot.requests().size();
        for (Cooperative cooperative : snapshot.cooperatives()) {
            specs.add(new CooperativeSpec(cooperative.id(), cooperative.name(), place++,
                    cooperative.weeklyCapacityHours(), cooperative.maxTravelMinutes(),
                    cooperative.disadvantagedSharePercent()));
        }
        return new AllocationProblem(places, matrix, lots, specs);
    }

    /** How many lots the snapshot's requests make. */
    int lotCount() {
        return lots.size();
    }

    /** What the travel times are: a straight-line estimate over the snapshot's places. */
    String travelFingerprint() {
        return matrix.source();
    }

    /** The plan as data stores it. */
    AllocationPlanRecord record(AllocationPlan plan) {
        Map<String, Lot> byId = new HashMap<>();
        lots.forEach(lot -> byId.put(lot.id(), lot));
        List<AllocationPlanRecord.Lot> allocated = new ArrayList<>();
        for (LotPlan lotPlan : plan.lotPlans()) {
            Lot lot = byId.get(lotPlan.lotId());
            List<Request> members = members(lot);
            Cooperative cooperative = lotPlan.cooperativeId() == null ? null
                    : cooperatives.get(lotPlan.cooperativeId());
            allocated.add(new AllocationPlanRecord.Lot(lot.id(), lot.serviceType(), lot.weeklyHours(),
                    lot.employeesServed(), lot.requestIds(), comuni(members), centre(lot), lot.radiusKm(), place(lot),
                    from(members), until(members), lotPlan.cooperativeId(),
                    cooperative == null ? null : cooperative.name(), lotPlan.travelMinutes(), lotPlan.reason()));
        }
        Map<String, List<Load>> loads = new LinkedHashMap<>();
        plan.cooperatives().forEach(load -> loads.computeIfAbsent(load.cooperativeId(), k -> new ArrayList<>())
                .add(new Load(ServiceType.valueOf(load.serviceType()), load.weeklyHours(), load.capacityHours())));
        List<CooperativeLoad> cooperativeLoads = new ArrayList<>();
        loads.forEach((id, list) -> cooperativeLoads.add(new CooperativeLoad(id, cooperatives.get(id).name(),
                list.stream().mapToInt(Load::weeklyHours).sum(), list.stream().mapToInt(Load::capacityHours).sum(),
                list)));
        List<AllocationPlanRecord.Job> jobs = plan.jobs().stream().map(job -> job(job, byId.get(job.lotId())))
                .toList();
        Totals totals = new Totals(plan.lots(), plan.allocatedLots(), plan.weeklyHours(), plan.allocatedWeeklyHours(),
                plan.weeklyHours() - plan.allocatedWeeklyHours(),
                jobs.stream().mapToInt(AllocationPlanRecord.Job::seats).sum(),
                jobs.stream().mapToInt(j -> j.seats() * j.weeklyHoursPerSeat()).sum());
        return new AllocationPlanRecord(plan.score(), plan.feasible(), plan.travelSource(), matrix.estimate(), totals,
                allocated, cooperativeLoads, jobs);
    }

    /** The lots the snapshot's requests make, as GET /lots shows them. */
    LotsResponse lotsResponse(Texts texts) {
        List<LotsResponse.Lot> views = lots.stream().map(lot -> view(lot, texts)).toList();
        return new LotsResponse(snapshot.joinMinutes(), snapshot.maxLotWeeklyHours(), matrix.source(),
                matrix.estimate(), snapshot.requests().size(),
                snapshot.requests().stream().mapToInt(Request::weeklyHours).sum(), views);
    }

    private LotsResponse.Lot view(Lot lot, Texts texts) {
        List<Request> members = members(lot);
        List<LotsResponse.LotRequest> lotRequests = members.stream().map(r -> new LotsResponse.LotRequest(r.id(),
                r.companyId(), r.companyName(), r.weeklyHours(), r.employeesServed(), r.istatCode(), r.comune(),
                r.from(), r.until())).toList();
        return new LotsResponse.Lot(lot.id(), lot.serviceType().name(), texts.render(lot.serviceType().label()),
                lot.weeklyHours(), lot.employeesServed(), LotsResponse.Coordinates.of(centre(lot)), lot.radiusKm(),
                comuni(members).stream().map(LotsResponse.ComuneRef::of).toList(), LotsResponse.Point.of(place(lot)),
                lot.maxInnerMinutes(), from(members), until(members), lotRequests);
    }

    private AllocationPlanRecord.Job job(JobOpening job, Lot lot) {
        Request at = requests.get(lotRequestAt(lot));
        List<Request> members = members(lot);
        return new AllocationPlanRecord.Job(job.id(), job.lotId(), job.cooperativeId(),
                cooperatives.get(job.cooperativeId()).name(), job.serviceType(), job.sector(), job.seats(),
                job.weeklyHoursPerSeat(), at.lat(), at.lon(), at.istatCode(), at.comune(), at.consortium(),
                from(members), until(members));
    }

    private List<Request> members(Lot lot) {
        return lot.requestIds().stream().map(requests::get).toList();
    }

    /** The id of the request whose place is the lot's place (requests come first in the places). */
    private String lotRequestAt(Lot lot) {
        return snapshot.requests().get(lot.place()).id();
    }

    private Point place(Lot lot) {
        Request at = requests.get(lotRequestAt(lot));
        return new Point(at.lat(), at.lon(), at.istatCode(), at.comune());
    }

    private static Coordinates centre(Lot lot) {
        return new Coordinates(round(lot.centre().latitude()), round(lot.centre().longitude()));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static List<ComuneRef> comuni(List<Request> members) {
        return members.stream().filter(r -> r.istatCode() != null)
                .map(r -> new ComuneRef(r.istatCode(), r.comune())).distinct()
                .sorted(Comparator.comparing(ComuneRef::name)).toList();
    }

    private static LocalDate from(List<Request> members) {
        return members.stream().map(Request::from).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static LocalDate until(List<Request> members) {
        return members.stream().map(Request::until).max(Comparator.naturalOrder()).orElseThrow();
    }
}
