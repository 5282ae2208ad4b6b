package org.prossima.api.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.TerritoryFiles;
import org.springframework.stereotype.Component;

/**
 * The 174 comuni of ASL TO4 as the screens show them: in alphabetical order for the choosers, and their town halls
 * as the dots every map draws under its own points (there is no basemap without the internet). From the territory
 * reference data shipped with the service; names and places do not change while it runs.
 */
@Component
public class TownHalls {

    /** A comune on a map: its town hall and its name. */
    public record TownHall(String istatCode, String name, double lat, double lon) {
    }

    private final List<Comune> byName;
    private final Map<String, Comune> byCode;
    private final List<TownHall> townHalls;

    TownHalls() {
        Collator italian = Collator.getInstance(Locale.ITALIAN);
        this.byName = TerritoryFiles.asl4Comuni().stream()
                .sorted(Comparator.comparing(Comune::name, italian)).toList();
        this.byCode = byName.stream().collect(Collectors.toUnmodifiableMap(Comune::istatCode, Function.identity()));
        this.townHalls = byName.stream().map(c -> new TownHall(c.istatCode(), c.name(), c.lat(), c.lon())).toList();
    }

    public List<Comune> byName() {
        return byName;
    }

    public Optional<Comune> comune(String istatCode) {
        return Optional.ofNullable(istatCode == null ? null : byCode.get(istatCode));
    }

    public String name(String istatCode) {
        return comune(istatCode).map(Comune::name).orElse(istatCode);
    }

    public List<TownHall> townHalls() {
        return townHalls;
    }
}
