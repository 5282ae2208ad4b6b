package org.prossima.data.placement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** PostgreSQL {@code text[]} columns to and from Java collections. */
final class SqlArrays {

    private SqlArrays() {
    }

    /** A parameter for a {@code text[]} column; null means empty. */
    static String[] text(Collection<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    static String[] days(Collection<DayOfWeek> days) {
        return days == null ? new String[0] : days.stream().sorted().map(DayOfWeek::name).toArray(String[]::new);
    }

    /** Days as an unmodifiable set that iterates from Monday to Sunday. */
    static Set<DayOfWeek> weekOrder(Collection<DayOfWeek> days) {
        return days.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    static List<String> list(ResultSet rs, String column) throws SQLException {
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

    static Set<DayOfWeek> days(ResultSet rs, String column) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        list(rs, column).forEach(day -> days.add(DayOfWeek.valueOf(day)));
        return days;
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
