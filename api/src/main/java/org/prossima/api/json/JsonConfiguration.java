package org.prossima.api.json;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * Jackson reads the properties of every response through generated lambdas instead of reflection
 * (Blackbird): a catalogue search writes some fifty properties per offering, twenty offerings a page.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    BlackbirdModule blackbirdModule() {
        return new BlackbirdModule();
    }
}
