package org.prossima.data.demand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies and their service requests in PostgreSQL. A request is its company's: every read and write takes the
 * scope it is made in. A company's administrator (scope: the company's id) reads and writes its own requests, a
 * coordinator reads those placed in their consortium, the service and administrators everything; row-level security
 * (V16) holds the same rule. Companies themselves are organisations, no one's secret: any signed-in scope reads them,
 * a company's administrator only their own in lists.
 */
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
    /** The requests a scope reads: its company's, its consortium's, or everything. */
    private static final String IN_SCOPE = """
            (:organisation = '*' or :consortia = '*' or r.company_id = :organisation
             or r.consortium_code = :consortia)""";
    /** The companies a scope lists: every company, or an organisation's own only. */
    private static final String COMPANY_IN_LIST = "(:organisation in ('*', '') or id = :organisation)";

    private final JdbcClient jdbc;

    public ServiceRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a request, creating its company first when it is named and not known yet. The company must exist when
     * given by id (the caller checks it with {@link #company(String)}), and be one whose requests {@code scope}
     * writes (the caller checks that first too; here it is a programming error).
     */
    @Transactional
    public StoredServiceRequest create(AccessScope scope, NewServiceRequest request) {
        String companyId = request.companyId() != null ? request.companyId()
                : companyByName(request.companyName(), request.place().istatCode());
        if (!writes(scope, companyId)) {
            throw new IllegalArgumentException("scope '" + scope.why() + "' does not write company " + companyId
                    + "'s requests");
        }
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
        return find(scope, id).orElseThrow();
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

    /** The company with this name, ignoring case. */
    public Optional<Company> companyNamed(String name) {
        return jdbc.sql("select id, name, istat_code, created_at from demand_company where lower(name) = lower(:name)")
                .param("name", name.strip()).query(Company.class).optional();
    }

    /** A page of the companies, by id: a company's administrator lists only their own. */
    public List<Company> companies(AccessScope scope, long offset, int limit) {
        return jdbc.sql("select id, name, istat_code, created_at from demand_company where " + COMPANY_IN_LIST
                        + " order by id limit :limit offset :offset").param("organisation", scope.organisation())
                .param("limit", limit).param("offset", offset).query(Company.class).list();
    }

    public long countCompanies(AccessScope scope) {
        return jdbc.sql("select count(*) from demand_company where " + COMPANY_IN_LIST)
                .param("organisation", scope.organisation()).query(Long.class).single();
    }

    /** The request with this id if {@code scope} reads it; empty otherwise. */
    public Optional<StoredServiceRequest> find(AccessScope scope, String id) {
        return scoped(jdbc.sql(SELECT + " where r.id = :id and " + IN_SCOPE), scope).param("id", id)
                .query(StoredServiceRequest.class).optional();
    }

    /** A page of the requests {@code scope} reads matching every filter given, in the order they were posted. */
    public RequestPage find(AccessScope scope, RequestQuery query) {
        List<String> where = new ArrayList<>();
        where.add(IN_SCOPE);
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
        var items = bind(scoped(jdbc.sql(SELECT + filter + " order by r.id limit :limit offset :offset"), scope),
                query).param("limit", query.limit()).param("offset", query.offset())
                .query(StoredServiceRequest.class).list();
        long total = bind(scoped(jdbc.sql("select count(*) from demand_request r" + filter), scope), query)
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

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec spec, AccessScope scope) {
        return spec.param("organisation", scope.organisation()).param("consortia", scope.consortia());
    }

    /** Whether {@code scope} writes the requests of this company: its own administrator's, or everything. */
    private static boolean writes(AccessScope scope, String companyId) {
        return AccessScope.ALL.equals(scope.organisation()) || scope.organisation().equals(companyId);
    }

    /**
     * The requests that make up the lots: active, with a period not ended by {@code today}, by id. Lots are made of
     * every company's requests: read it in a scope that sees them all (the service's, or
     * {@link AccessScope#everything(String)} saying why).
     */
    public List<StoredServiceRequest> current(LocalDate today) {
        return jdbc.sql(SELECT + " where r.status = 'ACTIVE' and r.ends_on >= :today order by r.id")
                .param("today", today).query(StoredServiceRequest.class).list();
    }

    /**
     * Withdraws a request (a withdrawn one stays as it is); empty when there is no such request whose company's
     * requests {@code scope} writes.
     */
    public Optional<StoredServiceRequest> withdraw(AccessScope scope, String id) {
        jdbc.sql("""
                update demand_request set status = 'WITHDRAWN', withdrawn_at = now(), updated_at = now()
                where id = :id and status = 'ACTIVE' and (:organisation = '*' or company_id = :organisation)
                """).param("id", id).param("organisation", scope.organisation()).update();
        return find(scope, id).filter(request -> writes(scope, request.companyId()));
    }

    public long count() {
        return jdbc.sql("select count(*) from demand_request").query(Long.class).single();
    }
}
