package org.prossima.data.demand;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoData       load the ASL TO4 demo (companies, requests, cooperatives) at start-up when the demand tables
 *                       are empty (turn off for real data)
 * @param defaultSeconds solving time of an allocation plan when a request does not say
 * @param maxSeconds     the longest solving time a request may ask for
 */
@ConfigurationProperties("prossima.demand")
public record DemandProperties(
        @DefaultValue("true") boolean demoData,
        @DefaultValue("10") int defaultSeconds,
        @DefaultValue("300") int maxSeconds) {
}
