package org.prossima.api.solving;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance takes part in solving.
 *
 * @param solvers          plans this instance solves at once; 0 means one per two cores (at least one)
 * @param queuePerOwner    plans one owner (a consortium, an association, the programme) may have waiting or being
 *                         solved at once, over all instances; past it, 429
 * @param heartbeat        how often a solving instance says it is alive
 * @param missedHeartbeats heartbeats missed (at least 4) before another instance takes the plan over (a killed
 *                         instance's plans are solved again after about heartbeat × missedHeartbeats)
 * @param poll             how often an idle instance looks for plans to solve (new plans of this instance start at
 *                         once)
 * @param instanceName     how the instance names itself in plans and logs; empty: host name and process id
 * @param shutdownWait     how long a stopping instance waits for its solves to write their best plan and hand back
 */
@ConfigurationProperties("prossima.jobs")
public record SolveJobsProperties(
        @DefaultValue("0") int solvers,
        @DefaultValue("8") int queuePerOwner,
        @DefaultValue("2s") Duration heartbeat,
        @DefaultValue("5") int missedHeartbeats,
        @DefaultValue("1s") Duration poll,
        @DefaultValue("") String instanceName,
        @DefaultValue("8s") Duration shutdownWait) {

    /** Solvers of this instance, the default worked out from the cores. */
    public int solverThreads() {
        return solvers > 0 ? solvers : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** This instance's name, e.g. {@code prossima-host-12345}. */
    public String name() {
        if (!instanceName.isBlank()) {
            return instanceName;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
