package org.prossima.api.solving;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.prossima.data.database.DedicatedConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of plans: a screen subscribes to a plan and is pushed its progress (status, best score so far,
 * elapsed time, place in the queue) each time it changes, whichever instance solves it: every change of a plan's
 * status or score is announced by PostgreSQL ({@code NOTIFY plan_progress}, V18), which one connection of each
 * instance listens to. The stream ends when the plan is final.
 */
@Component
public class PlanEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PlanEvents.class);
    /** A comment this often keeps proxies from closing a quiet stream. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    /** A stream lives at most this long; the screen reconnects (EventSource does it by itself). */
    private static final Duration MAX_STREAM = Duration.ofMinutes(30);

    private record Subscriber(SseEmitter emitter, Supplier<PlanProgress> progress) {
    }

    private final DataSource dataSource;
    private final Map<UUID, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;

    PlanEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A stream of a plan's progress: its state now, then each change, until it is final. {@code progress} reads the
     * plan's state (the caller has checked the plan is theirs).
     */
    public SseEmitter subscribe(UUID planId, Supplier<PlanProgress> progress) {
        SseEmitter emitter = new SseEmitter(MAX_STREAM.toMillis());
        Subscriber subscriber = new Subscriber(emitter, progress);
        Set<Subscriber> ofPlan = subscribers.computeIfAbsent(planId, id -> new CopyOnWriteArraySet<>());
        ofPlan.add(subscriber);
        Runnable remove = () -> ofPlan.remove(subscriber);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(planId, subscriber);
        return emitter;
    }

    private void changed(UUID planId) {
        Set<Subscriber> ofPlan = subscribers.get(planId);
        if (ofPlan != null) {
            ofPlan.forEach(subscriber -> send(planId, subscriber));
        }
    }

    private void send(UUID planId, Subscriber subscriber) {
        try {
            PlanProgress now = subscriber.progress().get();
            subscriber.emitter().send(SseEmitter.event().name("progress").id(String.valueOf(now.updatedAt()))
                    .data(now, MediaType.APPLICATION_JSON));
            if (now.finished()) {
                subscriber.emitter().complete();
                subscribers.getOrDefault(planId, Set.of()).remove(subscriber);
            }
        } catch (IOException | RuntimeException e) {
            subscriber.emitter().completeWithError(e);
            subscribers.getOrDefault(planId, Set.of()).remove(subscriber);
        }
    }

    private void keepAlive() {
        subscribers.forEach((id, ofPlan) -> ofPlan.forEach(subscriber -> {
            try {
                subscriber.emitter().send(SseEmitter.event().comment("still here"));
            } catch (IOException | RuntimeException e) {
                ofPlan.remove(subscriber);
            }
        }));
    }

    /** Listens to the database's announcements on one connection, again after any failure. */
    private void listen() {
        long lastKeepAlive = System.nanoTime();
        while (running) {
            try (Connection connection = DedicatedConnections.open(dataSource, "prossima plan progress", Map.of());
                    Statement statement = connection.createStatement()) {
                statement.execute("listen plan_progress");
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            changed(UUID.fromString(n.getParameter()));
                        }
                    }
                    if (System.nanoTime() - lastKeepAlive > KEEP_ALIVE.toNanos()) {
                        keepAlive();
                        lastKeepAlive = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Plan progress: listening to the database failed ({}); trying again in 2 s",
                            e.getMessage());
                    pause(Duration.ofSeconds(2));
                }
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().name("plan-progress-listener").daemon(true).start(this::listen);
    }

    /** Ends every stream (screens reconnect to another instance) so that shutting down does not wait for them. */
    @Override
    public void stop() {
        running = false;
        subscribers.values().forEach(ofPlan -> ofPlan.forEach(s -> s.emitter().complete()));
        subscribers.clear();
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server waits for its open requests. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
