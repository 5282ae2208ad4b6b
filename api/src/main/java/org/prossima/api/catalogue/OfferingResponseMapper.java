package org.prossima.api.catalogue;

import java.util.Locale;

import org.prossima.api.catalogue.OfferingResponse.AddressView;
import org.prossima.api.catalogue.OfferingResponse.CategoryView;
import org.prossima.api.catalogue.OfferingResponse.ContactsView;
import org.prossima.api.catalogue.OfferingResponse.EligibilityView;
import org.prossima.api.catalogue.OfferingResponse.ReachView;
import org.prossima.api.text.Texts;
import org.prossima.data.catalogue.Offering;
import org.prossima.data.catalogue.OfferingContent;
import org.prossima.data.catalogue.StraightLineReach;
import org.prossima.solver.territory.Comune;
import org.springframework.stereotype.Component;

/** Maps stored offerings to what the API shows, labels in the request's language. */
@Component
class OfferingResponseMapper {

    private final CatalogueTerritory territory;
    private final Texts texts;

    OfferingResponseMapper(CatalogueTerritory territory, Texts texts) {
        this.territory = territory;
        this.texts = texts;
    }

    OfferingResponse response(Offering offering) {
        return response(offering, null, null);
    }

    OfferingResponse response(Offering offering, Double rank, StraightLineReach reach) {
        return response(offering, rank, reach, texts.language());
    }

    /** The offering with its labels in {@code language}'s (Italian or English). */
    OfferingResponse response(Offering offering, Double rank, StraightLineReach reach, Locale language) {
        OfferingContent c = offering.content();
        OfferingContent.Address a = c.address();
        AddressView address = a == null ? null : new AddressView(a.text(), a.istatCode(),
                territory.comune(a.istatCode()).map(Comune::name).orElse(null), a.lat(), a.lon());
        OfferingContent.Eligibility e = c.eligibility();
        EligibilityView eligibility = new EligibilityView(e.minAge(), e.maxAge(), e.iseeMaxEuros(),
                e.residenceConsortia().stream().sorted().toList(),
                e.programmes().stream().map(Enum::name).sorted().toList());
        ReachView reachView = reach(offering, reach);
        return new OfferingResponse(offering.id(), offering.source().name(), offering.sourceRef(),
                offering.status().name(), c.demo(), c.title(), c.description(),
                new CategoryView(c.category().name(), texts.render(c.category().label(), language)),
                c.provider(), c.consortiumCode(), c.comuniServed(), address, eligibility,
                new ContactsView(c.contacts().phone(), c.contacts().email(), c.contacts().website()),
                c.openingHours(), c.validFrom(), c.validUntil(), c.seatsLeft(), rank, reachView,
                offering.createdAt(), offering.updatedAt());
    }

    /** How the offering is reached from a search's origin; null when the search gave none. */
    static ReachView reach(Offering offering, StraightLineReach reach) {
        if (reach == null) {
            return null;
        }
        OfferingContent c = offering.content();
        OfferingContent.Address a = c.address();
        return new ReachView(c.comuniServed().contains(reach.fromIstatCode()),
                a == null ? null : reach.minutesTo(a.lat(), a.lon()), true);
    }
}
