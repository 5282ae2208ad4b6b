package org.prossima.data.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoData     load {@link CatalogueDemo#DEFAULT_OFFERINGS} demo offerings at start-up when
 *                     the catalogue has none of its own (turn off for a real catalogue)
 * @param demoEndpoint offer {@code POST /api/v1/catalogue/demo?offerings=N} to add generated
 *                     offerings in bulk, e.g. for a load test; off by default
 */
@ConfigurationProperties("prossima.catalogue")
public record CatalogueProperties(
        @DefaultValue("true") boolean demoData,
        @DefaultValue("false") boolean demoEndpoint) {
}
