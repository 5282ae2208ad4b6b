package org.prossima.api.foodrecovery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultSeconds solving time when a request does not say
 * @param maxSeconds     the longest solving time a request may ask for
 */
@ConfigurationProperties("prossima.food-recovery")
public record FoodRecoveryProperties(
        @DefaultValue("10") int defaultSeconds,
        @DefaultValue("300") int maxSeconds) {
}
