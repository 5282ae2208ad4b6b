package org.prossima.data.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.prossima.data.catalogue.OfferingContent.Address;
import org.prossima.data.catalogue.OfferingContent.Contacts;
import org.prossima.data.catalogue.OfferingContent.Eligibility;
import org.prossima.data.sql.Columns;
import org.prossima.data.sql.PgArrays;
import org.prossima.solver.placement.Programme;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/** An offering's columns: binding what it says to a statement, and reading a row back. */
final class OfferingRows {

    /** Every column of {@code offering o}; a query adds {@code live_seats}, the seats left as they are now. */
    static final String COLUMNS = """
            o.id, o.source, o.source_ref, o.status, o.title, o.description, o.category, o.provider,
            o.consortium_code, o.comuni_served, o.address, o.address_istat_code, o.lat, o.lon, o.min_age,
            o.max_age, o.isee_max_euros, o.residence_consortia, o.programmes, o.contact_phone, o.contact_email,
            o.website, o.opening_hours, o.valid_from, o.valid_until, o.seats_left, o.demo, o.created_at,
            o.updated_at""";

    /** What a write sets, the parameters {@link #bind} gives. */
    static final String WRITE_COLUMNS = """
            title = :title, description = :description, category = :category, provider = :provider,
            consortium_code = :consortium, comuni_served = :comuni, address = :address,
            address_istat_code = :addressComune, lat = :lat, lon = :lon, min_age = :minAge, max_age = :maxAge,
            isee_max_euros = :iseeMax, residence_consortia = :residence, programmes = :programmes,
            contact_phone = :phone, contact_email = :email, website = :website, opening_hours = :hours,
            valid_from = :validFrom, valid_until = :validUntil, seats_left = :seats, demo = :demo""";

    private OfferingRows() {
    }

    static StatementSpec bind(StatementSpec statement, OfferingContent c) {
        Address address = c.address();
        Eligibility rules = c.eligibility();
        return statement.param("title", c.title()).param("description", c.description())
                .param("category", c.category().name()).param("provider", c.provider())
                .param("consortium", c.consortiumCode()).param("comuni", PgArrays.text(c.comuniServed()))
                .param("address", address == null ? null : address.text())
                .param("addressComune", address == null ? null : address.istatCode())
                .param("lat", address == null ? null : address.lat())
                .param("lon", address == null ? null : address.lon())
                .param("minAge", rules.minAge()).param("maxAge", rules.maxAge()).param("iseeMax", rules.iseeMaxEuros())
                .param("residence", PgArrays.text(rules.residenceConsortia().stream().sorted().toList()))
                .param("programmes", PgArrays.names(rules.programmes()))
                .param("phone", c.contacts().phone()).param("email", c.contacts().email())
                .param("website", c.contacts().website()).param("hours", c.openingHours())
                .param("validFrom", c.validFrom()).param("validUntil", c.validUntil())
                .param("seats", c.seatsLeft()).param("demo", c.demo());
    }

    static Offering offering(ResultSet rs, int rowNum) throws SQLException {
        String addressComune = rs.getString("address_istat_code");
        Address address = addressComune == null ? null
                : new Address(rs.getString("address"), addressComune, rs.getDouble("lat"), rs.getDouble("lon"));
        Eligibility eligibility = new Eligibility(Columns.nullableInt(rs, "min_age"),
                Columns.nullableInt(rs, "max_age"), rs.getBigDecimal("isee_max_euros"),
                new LinkedHashSet<>(PgArrays.list(rs, "residence_consortia")),
                PgArrays.list(rs, "programmes").stream().map(Programme::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        OfferingContent content = new OfferingContent(rs.getString("title"), rs.getString("description"),
                OfferingCategory.valueOf(rs.getString("category")), rs.getString("provider"),
                rs.getString("consortium_code"), PgArrays.list(rs, "comuni_served"), address, eligibility,
                new Contacts(rs.getString("contact_phone"), rs.getString("contact_email"), rs.getString("website")),
                rs.getString("opening_hours"), Columns.date(rs, "valid_from"), Columns.date(rs, "valid_until"),
                Columns.nullableInt(rs, "live_seats"), rs.getBoolean("demo"));
        return new Offering(rs.getObject("id", UUID.class), OfferingSource.valueOf(rs.getString("source")),
                rs.getString("source_ref"), OfferingStatus.valueOf(rs.getString("status")), content,
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
