package org.prossima.data.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Companies and their service requests in PostgreSQL. */
@Repository
public class ServiceRequestRepository {

    private static final String SELECT = """
            select r.id, r.company_id, c.name as company_name, r.service_type, r.weekly_hours, r.istat_code,
                   m.name as comune_name, r.lat, r.lon, r.consortium_code, r.starts_on, r.ends_on,
                   r.employees_served, r.notes, r.status, r.created_at, r.updated_at, r.withdrawn_at
            from demand_request r
            join demand_company c on c.id = r.company_id
            left join comune m on m.istat_code = r.istat_code
            """;

    private final JdbcClient jdbc;

    public ServiceRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a request, creating its company first when it is named and not known yet. The company must exist when
     * given by id (the caller checks it with {@link #company(String)}).
     */
    @Transactional
    public StoredServiceRequest create(NewServiceRequest request) {
        String companyId = request.companyId() != null ? request.companyId()
                : companyByName(request.companyName(), request.place().istatCode());
        String id = jdbc.sql("""
                insert into demand_request (company_id, service_type, weekly_hours, istat_code, lat, lon,
                    consortium_code, starts_on, ends_on, employees_served, notes)
                values (:company, :type, :hours, :istat, :lat, :lon,
                    (select consortium_code from comune where istat_code = :istat), :from, :until, :employees, :notes)
                returning id
                """)
                .param("company", companyId).param("type", request.serviceType().name())
                .param("hours", request.weeklyHours()).param("istat", request.place().istatCode())
                .param("lat", request.place().lat()).param("lon", request.place().lon())
                .param("from", request.startsOn()).param("until", request.endsOn())
                .param("employees", request.employeesServed()).param("notes", request.notes())
                .query(String.class).single();
        return find(id).orElseThrow();
    }

    /** The id of the company with this name (ignoring case), created in {@code istatCode} if there is none. */
    private String companyByName(String name, String istatCode) {
        Optional<String> known = jdbc.sql("select id from demand_company where lower(name) = lower(:name)")
                .param("name", name.strip()).query(String.class).optional();
        if (known.isPresent()) {
            return known.get(); // looked up first: an insert that conflicts would still use up an id
        }
        jdbc.sql("""
                insert into demand_company (name, istat_code) values (:name, :istat)
                on conflict ((lower(name))) do nothing
                """).param("name", name.strip()).param("istat", istatCode).update();
        return jdbc.sql("select id from demand_company where lower(name) = lower(:name)")
                .param("name", name.strip()).query(String.class).single();
    }

    /** The company with this name (ignoring case), created in {@code istatCode} (may be null) if there is none. */
    @Transactional
    public Company company(String name, String istatCode) {
        return company(companyByName(name, istatCode)).orElseThrow();
    }

    public Optional<Company> company(String id) {
        return jdbc.sql("select id, name, istat_code, created_at from demand_company where id = :id")
                .param("id", id).query(Company.class).optional();
    }

    /** A page of the companies, by id. */
    public List<Company> companies(long offset, int limit) {
        return jdbc.sql("select id, name, istat_code, created_at from demand_company order by id"
                        + " limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(Company.class).list();
    }

    public long countCompanies() {
        return jdbc.sql("select count(*) from demand_company").query(Long.class).single();
    }

    public Optional<StoredServiceRequest> find(String id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(StoredServiceRequest.class).optional();
    }

    /** A page of the requests matching every filter given, in the order they were posted. */
    public RequestPage find(RequestQuery query) {
        List<String> where = new ArrayList<>();
        where.add("true");
        if (query.serviceType() != null) {
            where.add("r.service_type = :type");
        }
        if (query.istatCode() != null) {
            where.add("r.istat_code = :istat");
        }
        if (query.status() != null) {
            where.add("r.status = :status");
        }
        if (query.companyId() != null) {
            where.add("r.company_id = :company");
        }
        String filter = " where " + String.join(" and ", where);
        var items = bind(jdbc.sql(SELECT + filter + " order by r.id limit :limit offset :offset"), query)
                .param("limit", query.limit()).param("offset", query.offset())
                .query(StoredServiceRequest.class).list();
        long total = bind(jdbc.sql("select count(*) from demand_request r" + filter), query)
                .query(Long.class).single();
        return new RequestPage(items, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, RequestQuery query) {
        if (query.serviceType() != null) {
            spec = spec.param("type", query.serviceType().name());
        }
        if (query.istatCode() != null) {
            spec = spec.param("istat", query.istatCode());
        }
        if (query.status() != null) {
            spec = spec.param("status", query.status().name());
        }
        if (query.companyId() != null) {
            spec = spec.param("company", query.companyId());
        }
        return spec;
    }

    /** The requests that make up the lots: active, with a period not ended by {@code today}, by id. */
    public List<StoredServiceRequest> current(LocalDate today) {
        return jdbc.sql(SELECT + " where r.status = 'ACTIVE' and r.ends_on >= :today order by r.id")
                .param("today", today).query(StoredServiceRequest.class).list();
    }

    /** Withdraws a request (a withdrawn one stays as it is); empty when there is no such request. */
    public Optional<StoredServiceRequest> withdraw(String id) {
        jdbc.sql("""
                update demand_request set status = 'WITHDRAWN', withdrawn_at = now(), updated_at = now()
                where id = :id and status = 'ACTIVE'
                """).param("id", id).update();
        return find(id);
    }

    public long count() {
        return jdbc.sql("select count(*) from demand_request").query(Long.class).single();
    }
}
