package org.prossima.data.plans;

import java.util.ArrayList;
import java.util.List;

import org.prossima.solver.text.Text;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON for the records that plans are stored in. They are data's own records (never the API's), written with their
 * component names; a document written by a later version with fields this one does not know is still read (a
 * rolling upgrade of several instances), and a {@link Text} reads back equal to the one written.
 */
public final class PlanJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("prossima-texts").addDeserializer(Text.class, new TextDeserializer()))
            .build();

    private PlanJson() {
    }

    /** The record as JSON text. */
    public static String write(Object record) {
        return MAPPER.writeValueAsString(record);
    }

    /** The record read back from JSON text. */
    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /** The document as a tree, e.g. for a migration reading an earlier version's shape. */
    public static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /** A text is {@code {"key": ..., "args": [...]}}; an argument is a string, a number or a text. */
    static final class TextDeserializer extends ValueDeserializer<Text> {

        @Override
        public Text deserialize(JsonParser parser, DeserializationContext context) {
            return text(context.readTree(parser));
        }

        private static Text text(JsonNode node) {
            List<Object> args = new ArrayList<>();
            for (JsonNode arg : node.path("args")) {
                args.add(arg.isObject() ? text(arg) : arg.isIntegralNumber() ? (Object) arg.asLong()
                        : arg.isNumber() ? (Object) arg.asDouble() : arg.asString());
            }
            return new Text(node.path("key").asString(), args);
        }
    }
}
