package org.prossima.data.embedded;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets an operator point the service at an external PostgreSQL with {@code PROSSIMA_DB_URL}
 * (and optionally {@code PROSSIMA_DB_USER}, {@code PROSSIMA_DB_PASSWORD}) as well as with the
 * standard {@code spring.datasource.*} properties, which win when both are set.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SPRING_URL = "spring.datasource.url";
    private static final Map<String, String> ALIASES = Map.of(
            "PROSSIMA_DB_URL", SPRING_URL,
            "PROSSIMA_DB_USER", "spring.datasource.username",
            "PROSSIMA_DB_PASSWORD", "spring.datasource.password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> mapped = new HashMap<>();
        ALIASES.forEach((alias, property) -> {
            String value = environment.getProperty(alias);
            if (value != null && !value.isBlank() && !environment.containsProperty(property)) {
                mapped.put(property, value);
            }
        });
        if (!mapped.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource("prossimaDatabaseAliases", mapped));
        }
    }
}
