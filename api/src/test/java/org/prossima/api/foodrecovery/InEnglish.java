package org.prossima.api.foodrecovery;

import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A GET asking for English ({@code Accept-Language: en}), as a user's browser set to English would. */
final class InEnglish {

    /** The answer's status, its {@code Content-Language} and its body. */
    record Answer(int status, String contentLanguage, String body) {

        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }
    }

    private InEnglish() {
    }

    /** The GET by {@code client} (signed in as whoever may read the path). */
    static Answer get(HttpTestClient client, String path) {
        Response response = client.send(client.request(path).header("Accept-Language", "en").GET());
        String language = response.header("Content-Language");
        return new Answer(response.status(), language == null ? "" : language, response.body());
    }
}
