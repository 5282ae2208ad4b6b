package org.prossima.api.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.prossima.api.demand.AllocationPlanResponse.AllocatedLot;
import org.prossima.api.demand.AllocationPlanResponse.CooperativeLoad;
import org.prossima.api.demand.AllocationPlanResponse.Load;
import org.prossima.api.demand.AllocationPlanResponse.Result;
import org.prossima.api.demand.AllocationPlanResponse.Totals;
import org.prossima.api.demand.AllocationSnapshot.Cooperative;
import org.prossima.api.demand.AllocationSnapshot.Request;
import org.prossima.api.demand.LotsResponse.ComuneRef;
import org.prossima.api.demand.LotsResponse.Coordinates;
import org.prossima.api.demand.LotsResponse.LotRequest;
import org.prossima.api.demand.LotsResponse.Point;
import org.prossima.api.text.Texts;
import org.prossima.data.demand.DemandPlace;
import org.prossima.data.demand.NewCooperativeJob;
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
 * The solver's view of a snapshot of the demand: places (the requests' in order, then the cooperatives' bases), car
 * travel times between them, the lots the requests make; and the way back from the solver's lots and plan to what the
 * API shows and to the jobs it stores.
 */
final class DemandModel {

    /** Cooperatives' workers travel by car. */
    static final TravelProfile PROFILE = TravelProfile.CAR;

    private final AllocationSnapshot snapshot;
    private final Texts texts;
    private final TravelTimeMatrix matrix;
    private final List<Location> places;
    private final List<Lot> lots;
    private final Map<String, Request> requests = new HashMap<>();
    private final Map<String, Cooperative> cooperatives = new LinkedHashMap<>();

    DemandModel(AllocationSnapshot snapshot, Texts texts) {
        this.snapshot = snapshot;
        this.texts = texts;
        places = new ArrayList<>();
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

    LotsResponse lotsResponse() {
        List<LotsResponse.Lot> views = lots.stream().map(this::view).toList();
        return new LotsResponse(snapshot.joinMinutes(), snapshot.maxLotWeeklyHours(), matrix.source(),
                matrix.estimate(), snapshot.requests().size(),
                snapshot.requests().stream().mapToInt(Request::weeklyHours).sum(), views);
    }

    private LotsResponse.Lot view(Lot lot) {
        List<Request> members = members(lot);
        List<LotRequest> lotRequests = members.stream().map(r -> new LotRequest(r.id(), r.companyId(),
                r.companyName(), r.weeklyHours(), r.employeesServed(), r.istatCode(), r.comune(), r.from(),
                r.until())).toList();
        return new LotsResponse.Lot(lot.id(), lot.serviceType().name(), texts.render(lot.serviceType().label()),
                lot.weeklyHours(), lot.employeesServed(), centre(lot), lot.radiusKm(), comuni(members), place(lot),
                lot.maxInnerMinutes(), from(members), until(members), lotRequests);
    }

    Result result(AllocationPlan plan) {
        Map<String, Lot> byId = new HashMap<>();
        lots.forEach(lot -> byId.put(lot.id(), lot));
        List<AllocatedLot> allocated = new ArrayList<>();
        for (LotPlan lotPlan : plan.lotPlans()) {
            Lot lot = byId.get(lotPlan.lotId());
            List<Request> members = members(lot);
            Cooperative cooperative = lotPlan.cooperativeId() == null ? null
                    : cooperatives.get(lotPlan.cooperativeId());
            allocated.add(new AllocatedLot(lot.id(), lot.serviceType().name(),
                    texts.render(lot.serviceType().label(), Locale.ITALIAN),
                    lot.weeklyHours(), lot.employeesServed(), lot.requestIds(), comuni(members), centre(lot),
                    lot.radiusKm(), place(lot), from(members), until(members),
                    lotPlan.cooperativeId(), cooperative == null ? null : cooperative.name(),
                    lotPlan.travelMinutes(),
                    lotPlan.reason() == null ? null : texts.render(lotPlan.reason(), Locale.ITALIAN),
                    lotPlan.reason() == null ? null : texts.render(lotPlan.reason(), Locale.ENGLISH)));
        }
        Map<String, List<Load>> loads = new LinkedHashMap<>();
        plan.cooperatives().forEach(load -> loads.computeIfAbsent(load.cooperativeId(), k -> new ArrayList<>())
                .add(new Load(load.serviceType(), load.weeklyHours(), load.capacityHours())));
        List<CooperativeLoad> cooperativeLoads = new ArrayList<>();
        loads.forEach((id, list) -> cooperativeLoads.add(new CooperativeLoad(id, cooperatives.get(id).name(),
                list.stream().mapToInt(Load::weeklyHours).sum(), list.stream().mapToInt(Load::capacityHours).sum(),
                list)));
        List<JobResponse> jobs = plan.jobs().stream().map(job -> job(job, byId.get(job.lotId()))).toList();
        Totals totals = new Totals(plan.lots(), plan.allocatedLots(), plan.weeklyHours(), plan.allocatedWeeklyHours(),
                plan.weeklyHours() - plan.allocatedWeeklyHours(), jobs.stream().mapToInt(JobResponse::seats).sum(),
                jobs.stream().mapToInt(j -> j.seats() * j.weeklyHoursPerSeat()).sum());
        return new Result(plan.score(), plan.feasible(), plan.travelSource(), matrix.estimate(), totals, allocated,
                cooperativeLoads, jobs);
    }

    private JobResponse job(JobOpening job, Lot lot) {
        Request at = requests.get(lotRequestAt(lot));
        List<Request> members = members(lot);
        return new JobResponse(job.id(), job.lotId(), job.cooperativeId(), cooperatives.get(job.cooperativeId()).name(),
                job.serviceType().name(), job.sector(), job.seats(), job.weeklyHoursPerSeat(), at.lat(), at.lon(),
                at.istatCode(), at.comune(), at.consortium(), from(members), until(members));
    }

    /** The jobs of a solved plan, to store: the same figures as {@link #result}'s jobs. */
    static List<NewCooperativeJob> jobsToStore(Result result) {
        return result.jobs().stream().map(job -> new NewCooperativeJob(job.id(), job.lotId(), job.cooperativeId(),
                ServiceType.valueOf(job.serviceType()), job.sector(), job.seats(),
                job.weeklyHoursPerSeat(), new DemandPlace(job.lat(), job.lon(), job.istatCode()), job.from(),
                job.until())).toList();
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
        return members.stream().map(Request::until).max(Comparator.naturalOrder())
                .orElseThrow();
    }
}
