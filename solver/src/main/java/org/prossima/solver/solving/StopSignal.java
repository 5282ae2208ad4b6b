package org.prossima.solver.solving;

/**
 * Asks a running solve to stop before its time limit and return its best plan so far: a coordinator cancels a plan,
 * or the service is shutting down and hands its solves back. Any thread may ask; the solve stops within one move.
 * Asking before the solve has started stops it as soon as it starts.
 */
public final class StopSignal {

    private volatile boolean requested;
    private volatile Runnable terminateEarly;

    /** A signal for a solve that nobody will stop. */
    public static StopSignal none() {
        return new StopSignal();
    }

    /** Asks the solve to stop and return its best plan so far. */
    public void request() {
        requested = true;
        Runnable terminate = terminateEarly;
        if (terminate != null) {
            terminate.run();
        }
    }

    public boolean requested() {
        return requested;
    }

    /**
     * Called by a model's solver when it starts: how to stop it. A request made before is carried out at once (the
     * solver also checks {@link #requested()} at each new best plan, so a request cannot fall between the two).
     */
    public void attach(Runnable terminate) {
        terminateEarly = terminate;
        if (requested) {
            terminate.run();
        }
    }
}
