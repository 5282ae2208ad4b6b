package org.prossima.data.territory;

import java.util.List;
import java.util.Optional;

import org.prossima.solver.territory.Comune;
import org.prossima.solver.territory.Consortium;
import org.prossima.solver.territory.District;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Comuni, consortia and districts in PostgreSQL. */
@Repository
public class TerritoryRepository {

    private static final String COMUNE_COLUMNS =
            "istat_code, name, province, population, lat, lon, asl, consortium_code, district_code";

    private final JdbcClient jdbc;

    public TerritoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Comune> comuni() {
        return jdbc.sql("select " + COMUNE_COLUMNS + " from comune order by name").query(Comune.class).list();
    }

    public List<Comune> comuniOfConsortium(String consortiumCode) {
        return jdbc.sql("select " + COMUNE_COLUMNS + " from comune where consortium_code = :code order by name")
                .param("code", consortiumCode).query(Comune.class).list();
    }

    public Optional<Comune> comune(String istatCode) {
        return jdbc.sql("select " + COMUNE_COLUMNS + " from comune where istat_code = :code")
                .param("code", istatCode).query(Comune.class).optional();
    }

    public List<Consortium> consortia() {
        return jdbc.sql("select code, name, seat_istat_code from consortium order by code")
                .query(Consortium.class).list();
    }

    public Optional<Consortium> consortium(String code) {
        return jdbc.sql("select code, name, seat_istat_code from consortium where code = :code")
                .param("code", code).query(Consortium.class).optional();
    }

    public List<District> districts() {
        return jdbc.sql("select code, name, seat_istat_code from district order by code")
                .query(District.class).list();
    }

    /**
     * Sets (or, with null, clears) the consortium of a comune, as an administrator knows it; the reference file
     * never erases it (see {@link #upsert}). False for an unknown comune.
     */
    public boolean setConsortium(String istatCode, String consortiumCode) {
        return jdbc.sql("update comune set consortium_code = :consortium where istat_code = :istat")
                .param("istat", istatCode).param("consortium", consortiumCode).update() == 1;
    }

    public int countComuni() {
        return jdbc.sql("select count(*) from comune").query(Integer.class).single();
    }

    /**
     * Inserts or refreshes the reference rows. A consortium or district already set on a comune
     * (by an administrator) is kept when the file has none for it: the file never erases knowledge.
     */
    @Transactional
    public void upsert(List<District> districts, List<Consortium> consortia, List<Comune> comuni) {
        for (District d : districts) {
            jdbc.sql("""
                    insert into district (code, name, seat_istat_code) values (:code, :name, :seat)
                    on conflict (code) do update set name = excluded.name, seat_istat_code = excluded.seat_istat_code
                    """).param("code", d.code()).param("name", d.name()).param("seat", d.seatIstatCode()).update();
        }
        for (Consortium c : consortia) {
            jdbc.sql("""
                    insert into consortium (code, name, seat_istat_code) values (:code, :name, :seat)
                    on conflict (code) do update set name = excluded.name, seat_istat_code = excluded.seat_istat_code
                    """).param("code", c.code()).param("name", c.name()).param("seat", c.seatIstatCode()).update();
        }
        for (Comune c : comuni) {
            jdbc.sql("""
                    insert into comune (istat_code, name, province, population, lat, lon, asl, consortium_code, district_code)
                    values (:istat, :name, :province, :population, :lat, :lon, :asl, :consortium, :district)
                    on conflict (istat_code) do update set
                        name = excluded.name, province = excluded.province, population = excluded.population,
                        lat = excluded.lat, lon = excluded.lon, asl = excluded.asl,
                        consortium_code = coalesce(excluded.consortium_code, comune.consortium_code),
                        district_code = coalesce(excluded.district_code, comune.district_code)
                    """)
                    .param("istat", c.istatCode()).param("name", c.name()).param("province", c.province())
                    .param("population", c.population()).param("lat", c.lat()).param("lon", c.lon())
                    .param("asl", c.asl()).param("consortium", c.consortiumCode()).param("district", c.districtCode())
                    .update();
        }
    }
}
