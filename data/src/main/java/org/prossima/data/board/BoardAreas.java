package org.prossima.data.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The areas of a grouping, every one of them (so an area where nothing happened shows as such, not as missing), and
 * the comuni whose consortium or district is unknown as one more area, when there are any.
 */
@Repository
public class BoardAreas {

    private final JdbcClient jdbc;

    public BoardAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The areas of {@code area}, by code, the unknown one (if any) last. */
    public List<AreaName> areas(BoardArea area) {
        String sql = switch (area) {
            case COMUNE -> "select istat_code as code, name, population::bigint as population, 1 as comuni "
                    + "from comune order by name, istat_code";
            case CONSORTIUM -> grouped("consortium");
            case DISTRICT -> grouped("district");
        };
        return jdbc.sql(sql).query(AreaName.class).list();
    }

    /**
     * One row per area of {@code area}, made of the area and its figures in {@code byCode} (null where nothing was
     * found for it; the unknown area's figures are under the null code).
     */
    public <F, R> List<R> rows(BoardArea area, Map<String, F> byCode, BiFunction<AreaName, F, R> row) {
        List<R> rows = new ArrayList<>();
        List<AreaName> names = areas(area);
        for (AreaName name : names) {
            rows.add(row.apply(name, byCode.get(name.code())));
        }
        // Facts placed by coordinates only have no comune: they are counted, in the unknown area.
        if (byCode.containsKey(null) && names.stream().noneMatch(name -> name.code() == null)) {
            rows.add(row.apply(new AreaName(null, null, 0, 0), byCode.get(null)));
        }
        return rows;
    }

    private static String grouped(String table) {
        return "select a.code, a.name, coalesce(sum(c.population), 0)::bigint as population, count(c.istat_code)::int as comuni"
                + " from " + table + " a left join comune c on c." + table + "_code = a.code group by a.code, a.name"
                + " union all select null, null, sum(population)::bigint, count(*)::int from comune"
                + " where " + table + "_code is null having count(*) > 0"
                + " order by 1 nulls last";
    }
}
