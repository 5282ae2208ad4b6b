package org.prossima.api.web.company;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.prossima.api.demand.ServiceRequestBody;
import org.prossima.solver.demand.ServiceType;

/**
 * The request form as the company's administrator filled it in, every field as typed (so a wrong value is shown back
 * as it was), and the API's request body made from it. Fields that are not even of the right kind (a number, a date,
 * a service of the list) are named in {@code wrong}; the API's own checks do the rest.
 */
record RequestForm(String serviceType, String weeklyHours, String employeesServed, String comune, String from,
                   String until, String notes) {

    /** A new form: the company's comune, from a week from today for three months, as most requests run. */
    static RequestForm blank(String comune, LocalDate today) {
        LocalDate from = today.plusWeeks(1);
        return new RequestForm("", "", "", comune == null ? "" : comune, from.toString(),
                from.plusMonths(3).toString(), "");
    }

    /** The body to post, with the company left out (the API puts the caller's own); null fields where wrong. */
    ServiceRequestBody body(Set<String> wrong) {
        return new ServiceRequestBody(null, null, serviceType(wrong), whole("weeklyHours", weeklyHours, wrong),
                blankToNull(comune), null, null, null, date("from", from, wrong), date("until", until, wrong),
                whole("employeesServed", employeesServed, wrong), blankToNull(notes));
    }

    private ServiceType serviceType(Set<String> wrong) {
        if (serviceType == null || serviceType.isBlank()) {
            return null; // missing: the API's check names it
        }
        try {
            return ServiceType.valueOf(serviceType.strip());
        } catch (IllegalArgumentException e) {
            wrong.add("serviceType");
            return null;
        }
    }

    private static Integer whole(String field, String value, Set<String> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            wrong.add(field);
            return null;
        }
    }

    private static LocalDate date(String field, String value, Set<String> wrong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            wrong.add(field);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
