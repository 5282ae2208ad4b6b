package org.prossima.api.web.placement;

import java.util.List;

import org.prossima.api.web.TownHalls;
import org.prossima.data.placement.CandidateRow;

/**
 * A candidate as a row of the coordinator's list: the name where one is recorded (else the short opaque id), home
 * comune, what they can do and when, and the opportunity accepted for them, if any.
 */
public record CandidateView(String id, String shortId, String name, String comune, List<String> skills, String mobility,
        int maxCommuteMinutes, int weeklyHours, List<String> days, String programme, String acceptedOpportunityId) {

    static CandidateView of(CandidateRow c, String name, TownHalls townHalls) {
        return new CandidateView(c.id().toString(), Roster.shortId(c.id().toString()), name,
                c.istatCode() == null ? null : townHalls.name(c.istatCode()), c.skills(), c.mobility().name(),
                c.maxCommuteMinutes(), c.weeklyHours(), c.days().stream().map(Enum::name).toList(),
                c.programme().name(), c.acceptedOpportunityId());
    }

}
