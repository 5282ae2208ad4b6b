package org.prossima.data.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Catalogue figures: the offerings of the catalogue as it stands (a withdrawn offering is gone; when it was withdrawn
 * is not kept) that were published before the period ended and valid on some day of it, counted in every comune they
 * serve or are located in. Published placement opportunities and cooperative jobs are offerings too.
 */
@Repository
public class CatalogueFigureRepository {

    private final JdbcClient jdbc;
    private final BoardAreas areas;

    public CatalogueFigureRepository(JdbcClient jdbc, BoardAreas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    public List<CatalogueFigures> figures(BoardArea area, BoardPeriod period) {
        Map<String, Map<String, Long>> byCode = new HashMap<>();
        jdbc.sql("""
                with live as (
                    select o.id, o.category, o.comuni_served, o.address_istat_code
                    from offering o
                    where o.status = 'ACTIVE' and o.created_at < :end
                        and (o.valid_from is null or o.valid_from <= :until)
                        and (o.valid_until is null or o.valid_until >= :from)
                )
                select %s as code, l.category, count(distinct l.id) as offerings
                from live l
                join comune c on c.istat_code::text = any(l.comuni_served) or c.istat_code = l.address_istat_code
                group by 1, 2
                """.formatted(area.key("c")))
                .param("end", period.end()).param("from", period.from()).param("until", period.until())
                .query((RowCallbackHandler) rs -> byCode.computeIfAbsent(rs.getString("code"), c -> new HashMap<>())
                        .put(rs.getString("category"), rs.getLong("offerings")));
        return areas.rows(area, byCode, (name, counts) -> new CatalogueFigures(name, counts == null ? Map.of() : counts));
    }
}
