package org.prossima.api.placement.roster;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.prossima.data.placement.PersonDetails;

/**
 * A candidate's personal details (PUT replaces them all; a field left out is erased). Stored apart
 * from the planning data, encrypted, and never shown in plans or candidate lists. A value that breaks a rule is
 * refused without being repeated back ({@link PersonChecks}).
 *
 * @param fiscalCode the codice fiscale: 16 letters and digits, or 11 digits (a temporary code)
 */
public record PersonRequest(
        @Size(max = 200) String fullName,
        @Pattern(regexp = "[A-Za-z0-9]{16}|[0-9]{11}") String fiscalCode,
        @Pattern(regexp = "\\+?[0-9][0-9 ./-]{4,24}") String phone,
        @Email @Size(max = 200) String email,
        @Size(max = 2000) String notes) {

    /** The details to store: blanks as null, the fiscal code in capitals. */
    public PersonDetails details() {
        return new PersonDetails(blankToNull(fullName), fiscalCode == null ? null : fiscalCode.toUpperCase(Locale.ROOT),
                blankToNull(phone), blankToNull(email), blankToNull(notes), null);
    }

    /** True when any detail is given. */
    public boolean any() {
        return fullName != null || fiscalCode != null || phone != null || email != null || notes != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
