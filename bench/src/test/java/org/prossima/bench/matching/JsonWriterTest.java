package org.prossima.bench.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class JsonWriterTest {

    @Test
    void writesJsonThatAParserReadsBackUnchanged() throws IOException {
        var text = new StringWriter();
        String awkward = "quote \" backslash \\ newline \n tab \t bell \u0007 Ciriè €";
        try (var json = new JsonWriter(text)) {
            json.beginObject().member("text", awkward).member("long", Long.MIN_VALUE).member("yes", true)
                    .member("none", (String) null);
            json.name("empty").beginArray().endArray();
            json.name("nested").beginArray().beginObject().name("deep").beginArray().value(1).value(2.5).endArray()
                    .endObject().endArray();
            json.name("strings").strings(List.of("a", "b"));
            json.endObject();
        }

        JsonNode node = new ObjectMapper().readTree(text.toString());

        assertThat(node.get("text").asString()).isEqualTo(awkward);
        assertThat(node.get("long").asLong()).isEqualTo(Long.MIN_VALUE);
        assertThat(node.get("yes").asBoolean()).isTrue();
        assertThat(node.get("none").isNull()).isTrue();
        assertThat(node.get("empty").size()).isZero();
        assertThat(node.get("nested").get(0).get("deep").get(1).asDouble()).isEqualTo(2.5);
        assertThat(node.get("strings").get(1).asString()).isEqualTo("b");
        assertThat(text.toString()).contains("\\u0007").endsWith("}\n");
    }
}
