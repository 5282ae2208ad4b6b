package org.prossima.data.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no external database URL is set, i.e. when the embedded PostgreSQL must run. */
class ExternalDatabaseNotConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(DatabaseUrlEnvironmentPostProcessor.SPRING_URL);
        return url == null || url.isBlank();
    }
}
