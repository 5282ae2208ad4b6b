package org.prossima.solver.placement.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.Programme;

/**
 * Draws the generated people of a roster: about 60% without a car, skills mostly from one sector (the one they
 * usually prefer), Italian for most, the programmes of the inclusion paths, priorities and waits, and a few
 * limitations. The draws come in a fixed order from the roster's random source, so a seed always gives the same
 * people.
 */
final class CandidateGenerator {

    private final LocalDate firstDay;
    private final List<String> sectorNames = WorkSectors.names();

    CandidateGenerator(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    /** A candidate living at {@code town}'s centre ({@code place}); a few avoid one of {@code hosts}. */
    CandidateSpec generate(Random random, Town town, int place, List<Host> hosts) {
        String id = new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
        double m = random.nextDouble();
        Mobility mobility = m < 0.40 ? Mobility.OWN_CAR
                : m < 0.92 ? Mobility.PUBLIC_TRANSPORT_AND_WALKING : Mobility.NEEDS_ACCOMPANIMENT;
        int maxCommute = switch (mobility) {
            case OWN_CAR -> List.of(30, 40, 45, 60).get(random.nextInt(4));
            case PUBLIC_TRANSPORT_AND_WALKING -> List.of(45, 60, 75, 90).get(random.nextInt(4));
            case NEEDS_ACCOMPANIMENT -> List.of(25, 30, 45).get(random.nextInt(3));
        };
        Set<String> skills = new LinkedHashSet<>();
        String home = sectorNames.get(random.nextInt(sectorNames.size()));
        List<String> homeSkills = WorkSectors.SKILLS.get(home);
        int skillCount = 1 + random.nextInt(3);
        for (int s = 0; s < skillCount; s++) {
            skills.add(homeSkills.get(random.nextInt(homeSkills.size())));
        }
        if (random.nextDouble() < 0.4) {
            String other = sectorNames.get(random.nextInt(sectorNames.size()));
            skills.add(WorkSectors.SKILLS.get(other).get(random.nextInt(WorkSectors.SKILLS.get(other).size())));
        }
        if (random.nextDouble() < 0.5) {
            skills.add(WorkSectors.GENERIC_SKILLS.get(random.nextInt(WorkSectors.GENERIC_SKILLS.size())));
        }
        if (mobility == Mobility.OWN_CAR) {
            skills.add("driving-b");
        }
        Set<String> languages = new LinkedHashSet<>();
        if (random.nextDouble() < 0.8) {
            languages.add("it");
        } else {
            languages.add(WorkSectors.OTHER_LANGUAGES.get(random.nextInt(WorkSectors.OTHER_LANGUAGES.size())));
            if (random.nextBoolean()) {
                languages.add("it");
            }
        }
        int hours = 15 + 5 * random.nextInt(6);
        Set<DayOfWeek> days = random.nextDouble() < 0.2 ? RosterGenerator.workDays(random, false)
                : EnumSet.range(DayOfWeek.MONDAY, random.nextDouble() < 0.3 ? DayOfWeek.SATURDAY : DayOfWeek.FRIDAY);
        LocalDate earliest = firstDay.plusDays(random.nextDouble() < 0.7 ? 0 : random.nextInt(120));
        double p = random.nextDouble();
        Programme programme = p < 0.45 ? Programme.ADI : p < 0.70 ? Programme.SFL
                : p < 0.85 ? Programme.LAW_68_1999 : Programme.NONE;
        int priority = List.of(1, 2, 2, 3, 3, 3, 4, 4, 5).get(random.nextInt(9));
        int monthsWaiting = random.nextInt(37);
        Set<String> limitations = new LinkedHashSet<>();
        double l = random.nextDouble();
        if (l < 0.15) {
            limitations.add("heavy-lifting");
        } else if (l < 0.20) {
            limitations.add("chemicals");
        } else if (l < 0.25) {
            limitations.add("night-work");
        }
        if (programme == Programme.LAW_68_1999 && random.nextBoolean()) {
            limitations.add("standing");
        }
        Set<String> preferred = new LinkedHashSet<>();
        if (random.nextDouble() < 0.7) {
            preferred.add(home);
        }
        if (random.nextDouble() < 0.3) {
            preferred.add(sectorNames.get(random.nextInt(sectorNames.size())));
        }
        Set<String> avoid = random.nextDouble() < 0.05 && !hosts.isEmpty()
                ? Set.of(hosts.get(random.nextInt(hosts.size())).id()) : Set.of();
        return new CandidateSpec(id, town.consortium(), place, skills, languages, mobility, maxCommute, hours, days,
                earliest, programme, priority, monthsWaiting, limitations, preferred, avoid, null, Set.of());
    }
}
