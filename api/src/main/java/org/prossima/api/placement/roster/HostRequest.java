package org.prossima.api.placement.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.prossima.solver.placement.OpportunityKind;

/**
 * A host: a company, a type-B social cooperative or an association. {@code id} is required to
 * create it and, when given to PUT, must be the id in the path. {@code kind} is the kind of
 * placement it mostly offers; {@code istatCode} the comune of its seat (optional). {@code organisation} is the
 * company or cooperative that owns the host (optional): its host administrators may then change the host and its
 * opportunities; a host administrator's hosts are always their organisation's.
 */
public record HostRequest(
        @Pattern(regexp = CoordinatorIds.CODE) String id,
        @NotBlank String consortium,
        @NotBlank @Size(max = 200) String name,
        @NotNull OpportunityKind kind,
        @Pattern(regexp = "[0-9]{6}") String istatCode,
        @Pattern(regexp = CoordinatorIds.CODE) String organisation) {

    /** The same request for this organisation. */
    HostRequest ofOrganisation(String code) {
        return new HostRequest(id, consortium, name, kind, istatCode, code);
    }
}
