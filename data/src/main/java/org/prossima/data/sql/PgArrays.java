package org.prossima.data.sql;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL {@code text[]} columns to and from Java collections. A parameter is a {@code String[]} that the
 * driver sends as an array, so no element is ever quoted by hand.
 */
public final class PgArrays {

    private PgArrays() {
    }

    /** A parameter for a {@code text[]} column; null means empty. */
    public static String[] text(Collection<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    /** The constants' names, sorted, for a {@code text[]} column of codes. */
    public static String[] names(Collection<? extends Enum<?>> values) {
        return values == null ? new String[0] : values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    /** Days for a {@code text[]} column, Monday first. */
    public static String[] days(Collection<DayOfWeek> days) {
        return days == null ? new String[0] : days.stream().sorted().map(DayOfWeek::name).toArray(String[]::new);
    }

    /** Days as an unmodifiable set that iterates from Monday to Sunday, as the columns hold them. */
    public static Set<DayOfWeek> weekOrder(Collection<DayOfWeek> days) {
        return days.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    /** A {@code text[]} column; empty for SQL null. */
    public static List<String> list(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /** A {@code text[]} column of day names. */
    public static Set<DayOfWeek> days(ResultSet rs, String column) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        list(rs, column).forEach(day -> days.add(DayOfWeek.valueOf(day)));
        return days;
    }
}
