package org.prossima.api.solving;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.prossima.api.error.DatabaseAway;
import org.prossima.api.error.TooManyPlansException;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.SolveAttempt;
import org.prossima.data.plans.StoredPlan;
import org.prossima.data.security.AccessScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every model's solving, as durable jobs shared by all instances of the service, on db-scheduler (a job engine that
 * keeps its queue in PostgreSQL: claims with {@code SKIP LOCKED}, heartbeats, dead executions revived elsewhere).
 * <ul>
 * <li>A posted plan is stored QUEUED and its job queued; any instance with a free solver claims it. At most
 * {@link SolveJobsProperties#solverThreads()} solves run per instance; an owner has at most
 * {@link SolveJobsProperties#queuePerOwner()} plans waiting or solving (429 past it).</li>
 * <li>A solving instance beats every {@code heartbeat}; when it stops beating (killed), another instance takes the
 * plan over on a new attempt and solves it from its stored problem. Only the attempt that holds a plan writes it,
 * so no plan is solved twice.</li>
 * <li>Cancelling stops a solve within a second and keeps its best plan; stopping the instance (SIGTERM) stops its
 * solves, writes their best plans and gives the plans back to the queue.</li>
 * </ul>
 * Logs name plans and instances, never a person.
 */
@Component
@EnableConfigurationProperties(SolveJobsProperties.class)
public class SolveJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SolveJobs.class);
    private static final String TASK = "solve-plan";
    /** How long an owner with a full queue is asked to wait before posting again. */
    private static final long RETRY_AFTER_SECONDS = 30;

    private final PlanTable plans;
    private final Map<PlanKind, SolveHandler> handlers = new EnumMap<>(PlanKind.class);
    private final SolveJobsProperties properties;
    private final String instance;
    private final DataSource dataSource;
    private final OneTimeTask<String> task;
    /** Writes to the queue whether this instance's scheduler runs or not (a plan posted while it stops). */
    private final SchedulerClient client;
    private final Map<UUID, SolveControl> running = new ConcurrentHashMap<>();
    private final SolveEndings endings = new SolveEndings(this::stopping);
    // Made at each start: a lifecycle may stop and start again (e.g. a paused test context).
    private volatile Scheduler scheduler;
    private ScheduledExecutorService watcher;
    private volatile boolean started;
    private volatile boolean stopping;

    SolveJobs(DataSource dataSource, PlanTable plans, List<SolveHandler> handlers, SolveJobsProperties properties) {
        this.plans = plans;
        handlers.forEach(h -> this.handlers.put(h.kind(), h));
        this.properties = properties;
        this.instance = properties.name();
        this.dataSource = dataSource;
        this.task = Tasks.oneTime(TASK, String.class).onFailure(new HandBackOrEnd())
                .execute(this::execute);
        this.client = SchedulerClient.Builder.create(dataSource, task).build();
        this.scheduler = scheduler();
    }

    /** The running scheduler, which starts a plan posted here at once; the plain client while stopped. */
    private SchedulerClient queue() {
        Scheduler current = scheduler;
        return started && current != null ? current : client;
    }

    /**
     * Checks the owner has room in the queue; call it before storing a plan. The owner is the plan's consortium
     * (placement), association (food recovery), or the programme (both null).
     */
    public void admit(PlanKind kind, String consortium, String organisation) {
        long active = AccessScope.everything("an owner's queue").run(() -> plans.active(kind, consortium,
                organisation));
        if (active >= properties.queuePerOwner()) {
            throw new TooManyPlansException(active, RETRY_AFTER_SECONDS);
        }
    }

    /** Queues the job of a plan just stored (QUEUED): an instance with a free solver takes it up. */
    public void enqueue(PlanKind kind, UUID planId) {
        queue().scheduleIfNotExists(task.instance(planId.toString(), kind.name()), Instant.now());
    }

    /**
     * Asks for a plan to be stopped: a queued plan is cancelled at once, a plan being solved (on any instance) stops
     * within a second and keeps its best plan. False when the plan was already final.
     */
    public boolean cancel(UUID planId) {
        boolean asked = plans.requestCancel(planId);
        SolveControl control = running.get(planId);
        if (control != null) {
            control.stop(SolveControl.Stop.CANCELLED);
        }
        return asked;
    }

    /** How many plans wait ahead of a queued plan. */
    public long queuedAhead(UUID planId) {
        return AccessScope.everything("the length of the queue").run(() -> plans.queuedAhead(planId));
    }

    /** This instance's name, as plans record it. */
    public String instance() {
        return instance;
    }

    private void execute(TaskInstance<String> job, ExecutionContext context) {
        UUID id = UUID.fromString(job.getId());
        SolveHandler handler = handlers.get(PlanKind.valueOf(job.getData()));
        Optional<SolveAttempt> claimed = awayAware(() -> plans.claim(id, instance));
        if (claimed.isEmpty()) {
            return; // solved, failed or cancelled meanwhile: nothing to do
        }
        SolveAttempt attempt = claimed.get();
        SolveControl control = new SolveControl();
        running.put(id, control);
        try {
            if (stopping) {
                control.stop(SolveControl.Stop.SHUTDOWN);
            }
            log.info("Plan {} ({}) taken up by {} on attempt {}", id, handler.kind(), instance, attempt.attempt());
            SolveHandler.Found found;
            try {
                found = handler.solve(attempt, control);
            } catch (RuntimeException e) {
                if (DatabaseAway.causedBy(e)) {
                    throw new DatabaseAway("plan " + id + " could not be read or written", e);
                }
                if (control.stopped() == SolveControl.Stop.SHUTDOWN) {
                    endings.store(attempt, "giving the plan back", () -> plans.handBack(attempt));
                    throw new HandedBack(id);
                }
                log.error("Plan {} failed on {}", id, instance, e);
                endings.store(attempt, "its failure", () -> plans.markFailed(attempt,
                        "the solver stopped with an error: " + e.getClass().getSimpleName()));
                return;
            }
            finish(attempt, control, found);
        } finally {
            running.remove(id);
        }
    }

    private void finish(SolveAttempt attempt, SolveControl control, SolveHandler.Found found) {
        UUID id = attempt.planId();
        SolveControl.Stop stop = control.stopped();
        if (stop == SolveControl.Stop.SHUTDOWN) {
            endings.store(attempt, "its best plan so far", () -> found.storeProgress(attempt));
            endings.store(attempt, "giving the plan back", () -> plans.handBack(attempt));
            log.info("Plan {}: {} is stopping, its best plan so far ({}) is kept and the plan goes back to the queue",
                    id, instance, found.score());
            throw new HandedBack(id);
        }
        boolean held = stop == SolveControl.Stop.CANCELLED
                ? endings.store(attempt, "the plan as cancelled", () -> found.storeCancelled(attempt))
                : endings.store(attempt, "the solved plan", () -> found.storeSolved(attempt));
        if (!held) {
            log.warn("Plan {}: attempt {} on {} was taken over by another instance; its result is dropped", id,
                    attempt.attempt(), instance);
        } else {
            log.info("Plan {} {} by {}: {}", id, stop == null ? "solved" : "cancelled", instance, found.score());
        }
    }

    private static <T> T awayAware(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (DatabaseAway.causedBy(e)) {
                throw new DatabaseAway("the queue's plan could not be read", e);
            }
            throw e;
        }
    }

    /** Stops the solves of this instance that someone asked to stop (on any instance), once a second. */
    private void watchCancels() {
        Set<UUID> asked = plans.cancelRequested(running.keySet());
        asked.forEach(id -> {
            SolveControl control = running.get(id);
            if (control != null) {
                control.stop(SolveControl.Stop.CANCELLED);
            }
        });
    }

    /**
     * Every plan waiting or solving has its job in the queue (a job lost between storing and queuing, a plan of an
     * earlier version): queued again if missing. Run at every start.
     */
    public void requeueOrphans() {
        for (StoredPlan plan : plans.findActive()) {
            boolean queued = client.getScheduledExecution(TaskInstanceId.of(TASK, plan.id().toString())).isPresent();
            if (!queued) {
                log.info("Plan {} ({}) had no job in the queue: queued again", plan.id(), plan.kind());
                enqueue(plan.kind(), plan.id());
            }
        }
    }

    private Scheduler scheduler() {
        return Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed(instance))
                .threads(properties.solverThreads())
                .pollingInterval(properties.poll())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .pollUsingLockAndFetch(0.5, 1.0)
                .enableImmediateExecution()
                .shutdownMaxWait(properties.shutdownWait())
                .build();
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = scheduler();
        }
        stopping = false;
        requeueOrphans();
        scheduler.start();
        watcher = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("solve-jobs-watcher").daemon(true).factory());
        watcher.scheduleWithFixedDelay(this::watchSafely, 1, 1, TimeUnit.SECONDS);
        started = true;
        log.info("Solving as {}: {} solver(s), heartbeat {} s, a plan is taken over after {} missed heartbeats",
                instance, properties.solverThreads(), properties.heartbeat().toSeconds(),
                properties.missedHeartbeats());
    }

    private void watchSafely() {
        try {
            watchCancels();
        } catch (RuntimeException e) {
            log.warn("Could not check for cancelled plans: {}", e.getMessage());
        }
    }

    /**
     * Stops claiming, stops the running solves, which write their best plan and give their plans back to the queue,
     * and waits for them (at most {@code shutdownWait}).
     */
    @Override
    public synchronized void stop() {
        stopping = true;
        watcher.shutdownNow();
        running.values().forEach(control -> control.stop(SolveControl.Stop.SHUTDOWN));
        scheduler.stop();
        scheduler = null;
        started = false;
        log.info("Solving stopped on {}", instance);
    }

    private boolean stopping() {
        return stopping;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Starts after everything else (the territory and demo data are loaded), stops before the web server. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 10;
    }
}
