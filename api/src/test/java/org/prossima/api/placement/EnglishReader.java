package org.prossima.api.placement;

import org.prossima.api.HttpTestClient;
import org.prossima.api.HttpTestClient.Response;
import tools.jackson.databind.JsonNode;

/** Reads a resource of the running service as a reader who asks for English ({@code Accept-Language: en}). */
public final class EnglishReader {

    private final HttpTestClient client;

    /** @param client the reader, signed in as whoever may read the resources */
    public EnglishReader(HttpTestClient client) {
        this.client = client;
    }

    /** The resource in English; fails unless the answer is 200 and says it is in English. */
    public JsonNode get(String path) {
        Response response = client.send(client.request(path).header("Accept-Language", "en").GET());
        if (response.status() != 200 || !"en".equals(response.header("Content-Language"))) {
            throw new AssertionError("GET " + path + " in English: " + response.status() + " "
                    + response.headers().map() + " " + response.body());
        }
        return response.json();
    }
}
