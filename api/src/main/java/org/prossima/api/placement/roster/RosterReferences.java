package org.prossima.api.placement.roster;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.prossima.solver.territory.Comune;

/**
 * What a request may refer to, read once per request: the comuni and consortia of the territory,
 * and the hosts and tutors it names that exist.
 */
public record RosterReferences(Map<String, Comune> comuni, Map<String, List<Comune>> comuniByName,
        Set<String> consortia, Set<String> hostIds, Set<String> tutorIds) {

    static RosterReferences of(List<Comune> comuni, Set<String> consortia, Set<String> hostIds, Set<String> tutorIds) {
        Map<String, Comune> byCode = new HashMap<>();
        Map<String, List<Comune>> byName = new HashMap<>();
        for (Comune comune : comuni) {
            byCode.put(comune.istatCode(), comune);
            byName.merge(normalName(comune.name()), List.of(comune),
                    (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        }
        return new RosterReferences(byCode, byName, consortia, hostIds, tutorIds);
    }

    /** A comune's name as spreadsheets may spell it: no accents, any case, any punctuation. */
    public static String normalName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
