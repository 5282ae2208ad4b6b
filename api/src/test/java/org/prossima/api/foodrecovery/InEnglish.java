package org.prossima.api.foodrecovery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A GET asking for English ({@code Accept-Language: en}), as a user's browser set to English would. */
final class InEnglish {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The answer's status, its {@code Content-Language} and its body. */
    record Answer(int status, String contentLanguage, String body) {

        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    private InEnglish() {
    }

    static Answer get(int port, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).header("Accept-Language", "en").timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Language").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
