package org.prossima.solver.solving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class StopSignalTest {

    @Test
    void aRequestBeforeTheSolveStartsStopsItWhenItAttaches() {
        StopSignal stop = new StopSignal();
        AtomicInteger terminated = new AtomicInteger();
        stop.request();
        assertThat(stop.requested()).isTrue();
        stop.attach(terminated::incrementAndGet);
        assertThat(terminated).hasValue(1);
    }

    @Test
    void aRequestWhileSolvingStopsTheAttachedSolve() {
        StopSignal stop = new StopSignal();
        AtomicInteger terminated = new AtomicInteger();
        stop.attach(terminated::incrementAndGet);
        assertThat(terminated).hasValue(0);
        stop.request();
        assertThat(terminated).hasValue(1);
    }
}
