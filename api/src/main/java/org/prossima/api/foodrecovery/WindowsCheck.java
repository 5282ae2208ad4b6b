package org.prossima.api.foodrecovery;

import java.util.ArrayList;
import java.util.List;

import org.prossima.api.error.FieldProblem;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.WindowRecord;

/** The opening hours of a pickup or recipient, checked: one window or several, each in order and apart. */
final class WindowsCheck {

    private WindowsCheck() {
    }

    /** The windows, from windowStart/windowEnd or from windows; null (and a problem) if invalid. */
    static List<WindowRecord> windows(WindowsRequest item, String field, List<FieldProblem> problems) {
        boolean single = item.windowStart() != null || item.windowEnd() != null;
        boolean several = item.windows() != null;
        if (single == several) {
            problems.add(new FieldProblem(field + ".windows", null,
                    single ? "both windowStart/windowEnd and windows given" : "no time window given",
                    "give either windowStart and windowEnd, or a list of windows [{start, end}, ...]"));
            return null;
        }
        List<WindowRequest> requested = several ? item.windows()
                : List.of(new WindowRequest(item.windowStart(), item.windowEnd()));
        if (requested.isEmpty() || requested.stream().anyMatch(w -> w.start() == null || w.end() == null)) {
            problems.add(new FieldProblem(field + (several ? ".windows" : ".windowEnd"), null,
                    "a time window needs a start and an end", "give both, as ISO-8601 local date-times"));
            return null;
        }
        List<WindowRecord> windows = new ArrayList<>();
        for (int w = 0; w < requested.size(); w++) {
            WindowRequest window = requested.get(w);
            String where = several ? field + ".windows[" + w + "].end" : field + ".windowEnd";
            if (window.end().isBefore(window.start())) {
                problems.add(new FieldProblem(where, window.end(), "window ends before it starts ("
                        + window.start() + ")", "set the end at or after the start"));
                return null;
            }
            if (!windows.isEmpty() && FoodRecoveryRequestCheck.epochSecond(window.start()) <= windows.getLast().end()) {
                problems.add(new FieldProblem(field + ".windows[" + w + "].start", window.start(),
                        "windows overlap or are not in time order", "list the windows from the earliest, apart"));
                return null;
            }
            windows.add(new WindowRecord(FoodRecoveryRequestCheck.epochSecond(window.start()), FoodRecoveryRequestCheck.epochSecond(window.end())));
        }
        return windows;
    }
}
