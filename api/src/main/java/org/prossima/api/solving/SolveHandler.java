package org.prossima.api.solving;

import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.SolveAttempt;

/**
 * What a model gives the shared solving: load the stored plan's problem, solve it under the control it is given, and
 * say how to store what it found. Everything else — the queue, claiming, heartbeats, capacity, cancelling, handing
 * back at shutdown, the final state — is the jobs' own.
 */
public interface SolveHandler {

    /** The model whose plans this handler solves. */
    PlanKind kind();

    /**
     * Solves the plan this attempt holds, from its stored problem: until its time limit, or until {@code control}'s
     * stop signal asks; offers its best plans so far to {@link SolveControl#progress(Runnable)} (which writes them off
     * the solver's thread). Returns the best plan found, ready to be stored.
     */
    Found solve(SolveAttempt attempt, SolveControl control);

    /** A plan found, and how to store it in each way a solve can end. Each returns false when the attempt lost it. */
    interface Found {

        /** The best plan so far, while solving goes on (or before the plan goes back to the queue). */
        boolean storeProgress(SolveAttempt attempt);

        /** The plan is final: with its analysis and its facts, in one transaction. */
        boolean storeSolved(SolveAttempt attempt);

        /** The plan was stopped on request: the best plan found, marked cancelled. */
        boolean storeCancelled(SolveAttempt attempt);

        /** The score, for the log. */
        String score();
    }
}
