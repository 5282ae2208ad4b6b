package org.prossima.api.error;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Where requests are refused before a controller sees them, problem+json too: Tomcat's error report
 * ({@link ProblemErrorReportValve} in place of its HTML page) and every query parameter checked first
 * ({@link QueryStringFilter}).
 */
@Configuration(proxyBeanMethods = false)
class ServerRejections {

    /**
     * Runs after Spring Boot's own customizer, which puts a plain error report on the host: that one is taken out and
     * ours put in, and the host told to make no other at start.
     */
    @Bean
    ProblemErrorReport problemErrorReport() {
        return new ProblemErrorReport();
    }

    /** Query parameters are checked before anything reads them: before sign-in, before body limits. */
    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringCheck() {
        FilterRegistrationBean<QueryStringFilter> registration = new FilterRegistrationBean<>(new QueryStringFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Ordered last, so that it runs after Spring Boot's own customizer and takes its error report out. */
    static final class ProblemErrorReport
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                    host.getPipeline().addValve(new ProblemErrorReportValve());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
