package org.prossima.data.placement;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A stored plan's documents with one person taken out (erasure): every entry that names them (their spec in the
 * problem, their match and any place without travel times in the plan, their contributions in the analysis) is
 * removed, any other mention of their id is replaced, and their home in the problem's places, when no one else's
 * place it is, becomes a point that says nothing (0, 0). Counts and every other person's entries stay.
 */
final class PlanScrub {

    static final String ERASED = "erased";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanScrub() {
    }

    /** The problem document without the candidate, their home place blanked when no one else's. */
    static String problem(String json, String candidateId) {
        JsonNode tree = JSON.readTree(json);
        if (tree instanceof ObjectNode problem && problem.path("places") instanceof ArrayNode places) {
            Set<Integer> theirs = new HashSet<>();
            Set<Integer> others = new HashSet<>();
            for (String list : new String[] {"candidates", "opportunities"}) {
                for (JsonNode spec : problem.path(list)) {
                    if (spec.path("place").isIntegralNumber()) {
                        (candidateId.equals(spec.path("id").asString("")) ? theirs : others)
                                .add(spec.path("place").asInt());
                    }
                }
            }
            theirs.removeAll(others);
            for (int index : theirs) {
                if (index >= 0 && index < places.size() && places.get(index) instanceof ObjectNode place) {
                    place.put("latitude", 0.0);
                    place.put("longitude", 0.0);
                }
            }
        }
        return JSON.writeValueAsString(without(tree, candidateId));
    }

    /** Any other document (a plan, an analysis) without the candidate; null stays null. */
    static String document(String json, String candidateId) {
        return json == null ? null : JSON.writeValueAsString(without(JSON.readTree(json), candidateId));
    }

    private static JsonNode without(JsonNode node, String id) {
        if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.iterator(); it.hasNext();) {
                if (names(it.next(), id)) {
                    it.remove();
                }
            }
            for (int i = 0; i < array.size(); i++) {
                array.set(i, without(array.get(i), id));
            }
            return array;
        }
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                object.set(name, without(object.get(name), id));
            }
            return object;
        }
        if (node.isString() && node.asString().contains(id)) {
            return StringNode.valueOf(node.asString().replace(id, ERASED));
        }
        return node;
    }

    /** An entry about the person: their id itself, or an object one of whose fields is their id. */
    private static boolean names(JsonNode entry, String id) {
        if (entry.isString()) {
            return entry.asString().equals(id);
        }
        if (entry instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isString() && field.getValue().asString().equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }
}
