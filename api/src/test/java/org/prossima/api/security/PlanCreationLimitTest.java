package org.prossima.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class PlanCreationLimitTest {

    private Instant now = Instant.parse("2026-12-07T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void admitsThreeAnHourPerUserThenSaysHowLongToWait() {
        PlanCreationLimit limit = new PlanCreationLimit(3, clock);
        assertThat(limit.admit("anna")).isZero();
        now = now.plus(Duration.ofMinutes(10));
        assertThat(limit.admit("anna")).isZero();
        assertThat(limit.admit("anna")).isZero();
        assertThat(limit.admit("anna")).as("wait until the first is an hour old").isEqualTo(50 * 60);
        assertThat(limit.admit("bruno")).as("another user has their own count").isZero();
        now = now.plus(Duration.ofMinutes(50));
        assertThat(limit.admit("anna")).isZero();
    }
}
