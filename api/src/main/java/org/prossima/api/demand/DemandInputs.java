package org.prossima.api.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.ForbiddenFieldException;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.security.Caller;
import org.prossima.data.demand.Company;
import org.prossima.data.demand.DemandPlace;
import org.prossima.data.demand.NewCooperative;
import org.prossima.data.demand.NewServiceRequest;
import org.prossima.data.demand.ServiceRequestRepository;
import org.prossima.data.security.Role;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.stereotype.Component;

/**
 * Checks posted requests and cooperatives beyond single fields (company, place, period) and turns them into what the
 * repositories store. Every problem found is reported at once; nothing is stored while there is one.
 */
@Component
class DemandInputs {

    private final DemandPlaces places;
    private final ServiceRequestRepository requests;

    DemandInputs(DemandPlaces places, ServiceRequestRepository requests) {
        this.places = places;
        this.requests = requests;
    }

    /**
     * The request to store for {@code caller}: a company's administrator posts only for their own company (403 naming
     * {@code companyId} or {@code companyName} when the body names another), an administrator for any.
     */
    NewServiceRequest request(ServiceRequestBody posted, Caller caller) {
        ServiceRequestBody body = caller.is(Role.HOST_ADMIN) ? forOwnCompany(posted, caller) : posted;
        List<FieldProblem> problems = new ArrayList<>();
        boolean byId = body.companyId() != null;
        boolean byName = body.companyName() != null;
        if (byId == byName) {
            problems.add(new FieldProblem(byId ? "companyName" : "companyId", byId ? body.companyName() : null,
                    byId ? "both companyId and companyName given" : "no company given",
                    "give companyId (GET /api/v1/demand/companies lists them) or companyName (created if new)"));
        } else if (byId && requests.company(body.companyId()).isEmpty()) {
            problems.add(new FieldProblem("companyId", body.companyId(), "no company has this id",
                    "use an id listed by GET /api/v1/demand/companies, or give companyName instead"));
        } else if (byName && body.companyName().strip().length() < 2) {
            problems.add(new FieldProblem("companyName", body.companyName(), "the company name is too short",
                    "give the company's name, 2 to 200 characters"));
        }
        DemandPlace place = places.place(body, problems);
        LocalDate today = TerritoryClock.today();
        if (body.until().isBefore(body.from())) {
            problems.add(new FieldProblem("until", body.until(), "the period ends before it starts (" + body.from()
                    + ")", "set until on or after from; both days are included"));
        } else if (body.until().isBefore(today)) {
            problems.add(new FieldProblem("until", body.until(), "the period has already ended (today is " + today
                    + ")", "post requests for a period still to come or under way"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String notes = body.notes() == null || body.notes().isBlank() ? null : body.notes().strip();
        return new NewServiceRequest(byId ? body.companyId() : null, byName ? body.companyName().strip() : null,
                body.serviceType(), body.weeklyHours(), place, body.from(), body.until(), body.employeesServed(),
                notes);
    }

    private ServiceRequestBody forOwnCompany(ServiceRequestBody body, Caller caller) {
        String own = caller.organisation();
        Company company = (own == null ? Optional.<Company>empty() : requests.company(own)).orElseThrow(() ->
                new ForbiddenFieldException("companyId", "Your account administers no company",
                        "requests are posted by a company's administrator: ask an administrator to set your user's "
                                + "organisation to your company's id"));
        if (body.companyId() != null && !body.companyId().equals(own)) {
            throw new ForbiddenFieldException("companyId", "You post requests for your own company only",
                    "leave companyId out, or give " + own);
        }
        if (body.companyName() != null && !body.companyName().strip().equalsIgnoreCase(company.name())) {
            throw new ForbiddenFieldException("companyName", "You post requests for your own company only",
                    "leave companyName out: the request is your company's");
        }
        return body.forCompany(own);
    }

    NewCooperative cooperative(CooperativeBody body) {
        List<FieldProblem> problems = new ArrayList<>();
        DemandPlace base = places.place(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new NewCooperative(body.name().strip(), base, body.weeklyCapacityHours(), body.maxTravelMinutes(),
                body.disadvantagedSharePercent());
    }
}
