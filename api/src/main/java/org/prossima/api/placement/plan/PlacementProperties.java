package org.prossima.api.placement.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultSeconds solving time when a request does not say
 * @param maxSeconds     the longest solving time a request may ask for
 */
@ConfigurationProperties("prossima.placement")
public record PlacementProperties(
        @DefaultValue("10") int defaultSeconds,
        @DefaultValue("300") int maxSeconds) {
}
