package org.prossima.data.placement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoRoster load the demo roster into empty placement tables at start-up: true, false, or unset for "only on
 *                   the embedded database of the default run" (an external database gets it only when set true)
 */
@ConfigurationProperties("prossima.placement")
public record PlacementDemoProperties(Boolean demoRoster) {
}
