package org.prossima.data.security;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wraps the service's data source, embedded or external, so that its connections carry the access scope. */
@Configuration(proxyBeanMethods = false)
class ScopedDataSourceConfiguration {

    @Bean
    static BeanPostProcessor scopedDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && !(bean instanceof ScopedDataSource)
                        ? new ScopedDataSource(source) : bean;
            }
        };
    }
}
