package org.prossima.api.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.prossima.data.catalogue.OfferingCategory;
import org.prossima.solver.placement.Programme;

/**
 * An offering as an operator writes it (create and update). Where it is: {@code comuniServed}
 * (ISTAT codes), an {@code address}, or both. Eligibility rules left out exclude nobody.
 * {@code seatsLeft} left out means no limit. {@code consortium}: whose offering it is; a coordinator writes their own
 * consortium's only (left out, it is theirs), an administrator any (left out: the whole ASL's).
 */
public record OfferingRequest(
        @NotBlank @Size(min = 3, max = 200) String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull OfferingCategory category,
        @NotBlank @Size(max = 200) String provider,
        String consortium,
        @Size(max = 174) List<@NotBlank String> comuniServed,
        @Valid AddressRequest address,
        @Valid EligibilityRequest eligibility,
        @Valid ContactsRequest contacts,
        @Size(max = 500) String openingHours,
        LocalDate validFrom,
        LocalDate validUntil,
        @PositiveOrZero @Max(100_000) Integer seatsLeft) {

    /** The same offering, of this consortium. */
    OfferingRequest withConsortium(String code) {
        return new OfferingRequest(title, description, category, provider, code, comuniServed, address, eligibility,
                contacts, openingHours, validFrom, validUntil, seatsLeft);
    }

    /**
     * An address in a comune of ASL TO4; without {@code lat}/{@code lon} the town hall's
     * coordinates are used.
     */
    public record AddressRequest(
            @Size(max = 300) String text,
            @NotBlank String istatCode,
            @DecimalMin("-90") @DecimalMax("90") Double lat,
            @DecimalMin("-180") @DecimalMax("180") Double lon) {
    }

    /**
     * Who may use it; each rule given must be met by a person, a rule left out excludes nobody.
     *
     * @param residenceConsortia codes of the consortia the person must live in
     * @param programmes         the person must follow one of them (ADI, SFL, LAW_68_1999)
     */
    public record EligibilityRequest(
            @Min(0) @Max(120) Integer minAge,
            @Min(0) @Max(120) Integer maxAge,
            @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal iseeMaxEuros,
            @Size(max = 7) List<@NotBlank String> residenceConsortia,
            @Size(max = 3) List<@NotNull Programme> programmes) {
    }

    /** The service's own contacts: a desk phone, an e-mail address, a website. */
    public record ContactsRequest(
            @Pattern(regexp = "[+0-9 ()./-]{5,30}") String phone,
            @Email @Size(max = 200) String email,
            @Pattern(regexp = "https?://\\S{3,300}") String website) {
    }
}
