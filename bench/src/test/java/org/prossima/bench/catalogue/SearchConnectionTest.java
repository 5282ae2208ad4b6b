package org.prossima.bench.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load generator's own HTTP/1.1 connection, against the JDK's HTTP server and a raw socket. */
class SearchConnectionTest {

    private HttpServer server;
    private final List<String> paths = new ArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private URI start(String prefix) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().toString();
            synchronized (paths) {
                paths.add(path);
            }
            String body = path.contains("html") ? "<html>sign in</html>"
                    : "{\"items\":[" + "{\"title\":\"x\"},".repeat(path.contains("big") ? 5_000 : 1) + "{}],\"total\":1}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            int status = path.contains("missing") ? 404 : 200;
            // Chunked (length 0) when asked, else Content-Length.
            exchange.sendResponseHeaders(status, path.contains("chunked") ? 0 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return URI.create("http://localhost:" + server.getAddress().getPort() + prefix);
    }

    @Test
    void readsAnswersByLengthAndChunkedOnOneConnection() throws IOException {
        try (SearchConnection connection = new SearchConnection(start(""))) {
            assertThat(connection.get("/api/v1/catalogue/offerings?q=casa")).isEqualTo(200);
            assertThat(connection.get("/api/v1/catalogue/offerings?q=chunked+big")).isEqualTo(200);
            assertThat(connection.get("/api/v1/catalogue/offerings?q=big")).isEqualTo(200);
            assertThat(connection.get("/api/v1/catalogue/offerings?q=chunked")).isEqualTo(200);
            assertThat(connection.get("/api/v1/catalogue/offerings?q=missing")).isEqualTo(404);
            assertThat(connection.get("/api/v1/catalogue/offerings?q=html")).isEqualTo(SearchConnection.NOT_A_SEARCH_RESULT);
            assertThat(connection.get("/api/v1/catalogue/offerings?q=chunked+html"))
                    .isEqualTo(SearchConnection.NOT_A_SEARCH_RESULT);
        }
        assertThat(paths).hasSize(7).first().isEqualTo("/api/v1/catalogue/offerings?q=casa");
    }

    @Test
    void putsTheBasePathBeforeTheSearch() throws IOException {
        try (SearchConnection connection = new SearchConnection(start("/prossima/"))) {
            assertThat(connection.get("/api/v1/catalogue/offerings?q=casa")).isEqualTo(200);
        }
        assertThat(paths).containsExactly("/prossima/api/v1/catalogue/offerings?q=casa");
    }

    /** A server that answers one request per connection and closes it without saying so, as after an idle time. */
    @Test
    void opensAgainAConnectionTheServerClosedWhileIdle() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket raw = new ServerSocket(0)) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!raw.isClosed()) {
                    try (Socket s = raw.accept()) {
                        connections.incrementAndGet();
                        InputStream in = s.getInputStream();
                        byte[] head = new byte[4096];
                        int read = 0;
                        while (read < 4 || !new String(head, 0, read, StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                            read += in.read(head, read, head.length - read);
                        }
                        String body = "{\"items\":[],\"total\":0}";
                        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n"
                                + body).getBytes(StandardCharsets.US_ASCII));
                        s.getOutputStream().flush();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            try (SearchConnection connection = new SearchConnection(URI.create("http://localhost:" + raw.getLocalPort()))) {
                assertThat(connection.get("/a")).isEqualTo(200);
                assertThat(connection.get("/b")).isEqualTo(200);
                assertThat(connection.get("/c")).isEqualTo(200);
            }
            raw.close();
            acceptor.join();
        }
        assertThat(connections.get()).isEqualTo(3);
    }

    @Test
    void aServerThatIsNotThereIsAnError() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (SearchConnection connection = new SearchConnection(URI.create("http://localhost:" + port))) {
            assertThatThrownBy(() -> connection.get("/a")).isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> new SearchConnection(URI.create("https://localhost:1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
