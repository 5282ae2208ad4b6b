package org.prossima.bench.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service started from its jar as a child process, on its embedded PostgreSQL or on the database its arguments
 * name, and what the bench asks of it.
 */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final Path workdir;
    private final int port;

    private ServiceProcess(Process process, Path workdir, int port) {
        this.process = process;
        this.workdir = workdir;
        this.port = port;
    }

    /**
     * Starts the jar in {@code workdir} with the JVM's defaults and {@code arguments} (settings of the service), and
     * waits until it is ready (at most 3 minutes).
     */
    static ServiceProcess start(Path jar, Path workdir, List<String> arguments)
            throws IOException, InterruptedException {
        Files.createDirectories(workdir);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--prossima.security.plans-per-hour=1000"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(workdir.toFile()).redirectErrorStream(true)
                .redirectOutput(workdir.resolve("service.log").toFile()).start();
        ServiceProcess service = new ServiceProcess(process, workdir, port);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!service.ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("the service did not start: see " + workdir.resolve("service.log"));
            }
            Thread.sleep(500);
        }
        return service;
    }

    boolean ready() {
        try {
            return get("/actuator/health/readiness", null, Duration.ofSeconds(2)).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    HttpResponse<String> get(String path, String authorization, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(timeout).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String authorization, String contentType, HttpRequest.BodyPublisher body,
            Duration timeout) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(timeout).header("Authorization", authorization)
                .header("Content-Type", contentType).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** HTTP Basic for a demo user, from the passwords file the service wrote. */
    String basic(String username) throws IOException {
        for (String line : Files.readAllLines(workdir.resolve(".prossima").resolve("demo-users.txt"))) {
            String[] cells = line.split("\t");
            if (cells.length == 4 && cells[0].equals(username)) {
                return "Basic " + Base64.getEncoder().encodeToString((username + ":" + cells[3])
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new IOException("no demo user " + username);
    }

    /** True when the service's log (its output since it started) contains {@code text}. */
    boolean logSays(String text) throws IOException {
        try (var lines = Files.lines(workdir.resolve("service.log"), StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(line -> line.contains(text));
        }
    }

    /** The resident memory of the service's JVM, in MB (Linux). */
    long rssMegabytes() throws IOException {
        Matcher m = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc",
                Long.toString(process.pid()), "status")));
        return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
    }

    /** The embedded PostgreSQL's postmaster, from its pid file. */
    ProcessHandle postmaster() throws IOException {
        List<String> lines = Files.readAllLines(workdir.resolve(".prossima").resolve("pgdata")
                .resolve("postmaster.pid"));
        return ProcessHandle.of(Long.parseLong(lines.getFirst().trim()))
                .orElseThrow(() -> new IOException("the postmaster is not running"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
