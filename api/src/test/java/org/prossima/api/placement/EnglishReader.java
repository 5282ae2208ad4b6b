package org.prossima.api.placement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a resource of the running service as a reader who asks for English ({@code Accept-Language: en}). */
public final class EnglishReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public EnglishReader(int port) {
        this.base = "http://localhost:" + port;
    }

    /** The resource in English; fails unless the answer is 200 and says it is in English. */
    public JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept-Language", "en").timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !"en".equals(response.headers().firstValue("Content-Language")
                    .orElse(null))) {
                throw new AssertionError("GET " + path + " in English: " + response.statusCode() + " "
                        + response.headers().map() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
