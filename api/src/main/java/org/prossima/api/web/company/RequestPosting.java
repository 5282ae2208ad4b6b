package org.prossima.api.web.company;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.prossima.api.demand.DemandController;
import org.prossima.api.demand.ServiceRequestBody;
import org.prossima.api.demand.ServiceRequestResponse;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.ForbiddenFieldException;
import org.prossima.api.error.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Posts the form's request through the demand API ({@link DemandController#create}) with the same checks a posted body
 * gets: the body's own constraints first, then the API's (place, period, company). What is wrong comes back as the
 * form's fields, which the screen explains in the person's language; nothing is stored while anything is wrong.
 */
@Component
class RequestPosting {

    private final DemandController demand;
    private final Validator validator;

    RequestPosting(DemandController demand, Validator validator) {
        this.demand = demand;
        this.validator = validator;
    }

    /** The request made, or the form's fields that are wrong. */
    Result post(RequestForm form) {
        Set<String> wrong = new LinkedHashSet<>();
        ServiceRequestBody body = form.body(wrong);
        for (ConstraintViolation<ServiceRequestBody> violation : validator.validate(body)) {
            wrong.add(formField(violation.getPropertyPath().toString()));
        }
        if (!wrong.isEmpty()) {
            return Result.wrong(wrong);
        }
        try {
            return new Result(demand.create(body).getBody(), List.of());
        } catch (InvalidRequestException e) {
            e.problems().stream().map(FieldProblem::field).map(RequestPosting::formField).forEach(wrong::add);
            return Result.wrong(wrong);
        } catch (ForbiddenFieldException e) {
            // the form never names a company: the account administers none, which the person should be told
            wrong.add("company");
            return Result.wrong(wrong);
        }
    }

    /** The form field an API field is typed in: the place is the comune chosen. */
    private static String formField(String apiField) {
        return switch (apiField) {
            case "istatCode", "comune", "lat", "lon" -> "comune";
            case "serviceType", "weeklyHours", "employeesServed", "from", "until", "notes" -> apiField;
            default -> "company";
        };
    }

    /** What posting gave: the request made, or the wrong fields in the form's order. */
    record Result(ServiceRequestResponse created, List<String> wrong) {

        /** The form's fields, top to bottom; "company" when the account itself cannot post. */
        static final List<String> FIELDS = List.of("serviceType", "weeklyHours", "employeesServed", "comune", "from",
                "until", "notes", "company");

        static Result wrong(Set<String> wrong) {
            return new Result(null, FIELDS.stream().filter(wrong::contains).toList());
        }
    }
}
