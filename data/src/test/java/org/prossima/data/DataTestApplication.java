package org.prossima.data;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the data module alone (repositories, Flyway, embedded PostgreSQL) for its tests. */
@SpringBootApplication
public class DataTestApplication {
}
