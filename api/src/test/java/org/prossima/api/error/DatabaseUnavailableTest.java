package org.prossima.api.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A request whose database work fails because the database is away is a 503 with {@code Retry-After}, never a 500:
 * the failures come from a real JDBC call to a server that is not there, and from Spring's own translation of
 * PostgreSQL's SQLStates.
 */
class DatabaseUnavailableTest {

    /** Nothing listens on port 1: the connection is refused at once, as when the database server is stopped. */
    private static final JdbcTemplate GONE = new JdbcTemplate(new DriverManagerDataSource(
            "jdbc:postgresql://127.0.0.1:1/prossima?connectTimeout=2", "prossima", "none"));

    @RestController
    static class RepositoryCall {

        @GetMapping("/count")
        int count() {
            return GONE.queryForObject("select count(*) from plan", Integer.class);
        }
    }

    @Test
    void aRequestWhoseDatabaseIsGoneIsAnswered503WithRetryAfter() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new RepositoryCall())
                .setControllerAdvice(new ApiExceptionHandler()).build();
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/count"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        String body = response.getContentAsString();
        assertThat(body).contains("https://prossima.org/problems/database-unavailable").contains("\"hint\"");
        ErrorBodies.assertLeakFree("database gone", body);
    }

    @Test
    void aStatementTimeoutAndALostConnectionAre503Too() {
        var translator = new SQLStateSQLExceptionTranslator();
        DataAccessException timeout = translator.translate("search", "select 1",
                new SQLException("canceling statement due to statement timeout", "57014"));
        DataAccessException lost = translator.translate("search", "select 1",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        DataAccessException starting = translator.translate("search", "select 1",
                new SQLException("the database system is starting up", "57P03"));
        for (DataAccessException failure : new DataAccessException[] {timeout, lost, starting}) {
            ResponseEntity<Object> answer = new ApiExceptionHandler().unexpected(failure);
            assertThat(answer.getStatusCode().value()).as(failure.getClass().getSimpleName()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
            assertThat(((ProblemDetail) answer.getBody()).getType().toString()).endsWith("/database-unavailable");
        }
    }

    @Test
    void otherFailuresStay500AndTheConnectionRefusalIsRecognised() {
        Throwable refused = catchThrowable(() -> GONE.queryForObject("select 1", Integer.class));
        assertThat(DatabaseUnavailable.causes(refused)).as(refused.getClass().getSimpleName()).isTrue();
        DataAccessException duplicate = new SQLStateSQLExceptionTranslator().translate("insert", "insert",
                new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(DatabaseUnavailable.causes(duplicate)).isFalse();
        assertThat(new ApiExceptionHandler().unexpected(new IllegalStateException("bug")).getStatusCode().value())
                .isEqualTo(500);
    }
}
