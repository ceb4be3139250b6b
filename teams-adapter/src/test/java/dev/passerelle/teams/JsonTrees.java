package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * "Nothing was lost": every field and value of the expected tree is in the actual one (which may hold more). An
 * empty string counts as kept when absent: the SDK writes its fields only when not empty.
 */
final class JsonTrees {

    private JsonTrees() {
    }

    static void assertContains(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object").isTrue();
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                if (field.getValue().isTextual() && field.getValue().asText().isEmpty() && !actual.has(field.getKey())) {
                    continue;
                }
                assertThat(actual.has(field.getKey())).as(path + "." + field.getKey() + " is kept").isTrue();
                assertContains(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path + " is an array").isTrue();
            assertThat(actual.size()).as(path + " keeps its items").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
