package org.prossima.api.security;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.paging.Paging;
import org.prossima.data.security.AuditEntry;
import org.prossima.data.security.PersonAudit;
import org.prossima.data.security.PersonKeys;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit of personal data, for administrators: who read or changed a person's details and who accepted or
 * rejected a proposal, when and from where, newest first; {@code ?candidate=ID} for one person (looked up by their
 * pseudonym, the only form the audit keeps), {@code ?from=} an ISO date-time.
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditController {

    private final PersonAudit audit;
    private final PersonKeys keys;

    AuditController(PersonAudit audit, PersonKeys keys) {
        this.audit = audit;
        this.keys = keys;
    }

    @GetMapping
    PageResponse<AuditEntry> audit(@RequestParam(required = false) String candidate,
            @RequestParam(required = false) String from, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        List<FieldProblem> problems = new ArrayList<>();
        Paging paging = Paging.of(page, size, Paging.DEFAULT_SIZE, problems);
        OffsetDateTime since = null;
        if (from != null && !from.isBlank()) {
            try {
                since = OffsetDateTime.parse(from.strip());
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("from", from, "not an ISO-8601 date-time with offset",
                        "e.g. 2026-12-01T00:00:00+01:00"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String subject = candidate == null || candidate.isBlank() ? null : keys.pseudonym(candidate.strip());
        return paging.of(audit.page(subject, since, paging.offset(), paging.size()), audit.count(subject, since));
    }
}
