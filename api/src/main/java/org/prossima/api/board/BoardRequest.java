package org.prossima.api.board;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.data.board.BoardArea;
import org.prossima.data.board.BoardPeriod;
import org.prossima.solver.territory.TerritoryClock;

/**
 * What a board request asks for: the grouping ({@code by}) and the period ({@code from}, {@code until}, ISO dates,
 * both included). Left out, the period is the twelve months up to today (Europe/Rome) and the grouping is by comune.
 * Every bad parameter is reported at once, naming it.
 */
public record BoardRequest(BoardArea by, BoardPeriod period) {

    /** The longest period asked for at once: ten years, which every figure's history fits in. */
    static final int MAX_DAYS = 3660;

    static BoardRequest read(String by, String from, String until) {
        List<FieldProblem> problems = new ArrayList<>();
        BoardArea area = area(by, problems);
        LocalDate last = date("until", until, TerritoryClock.today(), problems);
        LocalDate first = date("from", from, last == null ? null : last.minusYears(1).plusDays(1), problems);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                problems.add(new FieldProblem("until", until, "until (" + last + ") is before from (" + first + ")",
                        "give an until on or after from"));
            } else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
                problems.add(new FieldProblem("from", from, "the period is longer than " + MAX_DAYS + " days",
                        "ask for ten years at most, e.g. from=" + last.minusYears(10).plusDays(1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new BoardRequest(area, new BoardPeriod(first, last));
    }

    /** The grouping's name as the API says it: {@code comune}, {@code consortium}, {@code district}. */
    String byName() {
        return by.name().toLowerCase(Locale.ROOT);
    }

    /** A file name for a CSV export of {@code figures}, saying what and when. */
    String fileName(String figures) {
        return "board-" + figures + "-by-" + byName() + "-" + period.from() + "-" + period.until() + ".csv";
    }

    private static BoardArea area(String raw, List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return BoardArea.COMUNE;
        }
        for (BoardArea area : BoardArea.values()) {
            if (area.name().equalsIgnoreCase(raw.strip())) {
                return area;
            }
        }
        problems.add(new FieldProblem("by", raw, "not a grouping of the board's figures",
                "use one of comune, consortium, district"));
        return null;
    }

    private static LocalDate date(String name, String raw, LocalDate fallback, List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, raw, name + " is not a date", "use an ISO date, e.g. 2026-01-31"));
            return null;
        }
    }
}
