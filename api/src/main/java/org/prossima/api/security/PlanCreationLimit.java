package org.prossima.api.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.prossima.api.error.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@link SecurityProperties#plansPerHour()} plans posted by one user in any hour, every model together:
 * past it, 429 problem+json with {@code Retry-After} (the seconds until the oldest of them is an hour old). Counted
 * per instance of the service; solving capacity itself is bounded by the job queue.
 */
class PlanCreationLimit extends OncePerRequestFilter {

    static final Set<String> PLAN_PATHS = Set.of("/api/v1/food-recovery/plans", "/api/v1/placement/plans",
            "/api/v1/demand/allocation-plans");
    private static final Duration WINDOW = Duration.ofHours(1);

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Long>> postedAt = new ConcurrentHashMap<>();

    PlanCreationLimit(SecurityProperties properties) {
        this(properties.plansPerHour(), Clock.systemUTC());
    }

    PlanCreationLimit(int perHour, Clock clock) {
        this.perHour = perHour;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !PLAN_PATHS.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = Callers.current();
        if (caller.isPresent()) {
            long wait = admit(caller.get().id());
            if (wait > 0) {
                response.setHeader("Retry-After", Long.toString(wait));
                ProblemWriter.write(request, response, 429, "too-many-plans", "Too many plans",
                        "You posted " + perHour + " plans in the last hour, the most one user may.",
                        "wait " + wait + " s (Retry-After), or ask an administrator to raise "
                                + "prossima.security.plans-per-hour");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Counts a plan of this user; 0 when admitted, else the seconds to wait. */
    long admit(String user) {
        long now = clock.millis();
        Deque<Long> times = postedAt.computeIfAbsent(user, u -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW.toMillis()) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return Math.max(1, (times.peekFirst() + WINDOW.toMillis() - now + 999) / 1000);
            }
            times.addLast(now);
            return 0;
        }
    }
}
