package org.prossima.data.security;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The person keys, from the secrets directory ({@code prossima.security.secrets-dir}, {@code .prossima}). */
@Configuration(proxyBeanMethods = false)
class PersonKeysConfiguration {

    @Bean
    PersonKeys personKeys(@Value("${prossima.security.secrets-dir:.prossima}") Path secretsDir) {
        return PersonKeys.open(secretsDir.toAbsolutePath().normalize(), true);
    }
}
