package org.prossima.data.database;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class DatabaseTimeoutsConfiguration {

    /**
     * Static and bound by hand: a bean post-processor is made before configuration properties beans can be, and it
     * must see the pool before the access-scope wrapper does.
     */
    @Bean
    static BeanPostProcessor databaseTimeoutsApplier(Environment environment) {
        DatabaseTimeouts timeouts = Binder.get(environment).bind("prossima.db", DatabaseTimeouts.class)
                .orElseGet(() -> Binder.get(environment).bindOrCreate("prossima.db", DatabaseTimeouts.class));
        return DatabaseTimeouts.applier(timeouts);
    }
}
