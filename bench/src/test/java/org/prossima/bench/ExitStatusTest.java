package org.prossima.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

/** Each way a command can end has an exit status of its own, so that a script can tell them apart. */
class ExitStatusTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BenchMain.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyOutcomeHasItsOwnStatus() {
        assertThat(List.of(BenchMain.OK, BenchMain.FAILED, BenchMain.USAGE_ERROR, BenchMain.CHECK_FAILED,
                BenchMain.REQUESTS_FAILED)).doesNotHaveDuplicates();
    }

    @Test
    void catalogueLoadWhoseSearchesFailSaysSoApartFromAFailedCheck() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/territory/comuni", exchange -> {
            byte[] body = "[{\"istatCode\":\"001125\"}]".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/api/v1/catalogue/offerings", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        try {
            assertThat(run("catalogue-load", "--url", "http://localhost:" + server.getAddress().getPort(),
                    "--clients", "2", "--seconds", "0.3", "--warmup", "0"))
                    .as(err.toString(StandardCharsets.UTF_8)).isEqualTo(BenchMain.REQUESTS_FAILED);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aServiceThatCannotBeReachedIsAFailureToRun() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(run("catalogue-load", "--url", "http://localhost:" + closedPort, "--seconds", "0.3"))
                .isEqualTo(BenchMain.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: ");
    }
}
