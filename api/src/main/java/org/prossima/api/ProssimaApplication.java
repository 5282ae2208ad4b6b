package org.prossima.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Prossima planning service. */
@SpringBootApplication(scanBasePackages = "org.prossima")
@ConfigurationPropertiesScan("org.prossima")
public class ProssimaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProssimaApplication.class, args);
    }
}
