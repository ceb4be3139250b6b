package dev.passerelle.slack.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.passerelle.core.conversation.SaveForm;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class SaveModalTests {

    private static final String METADATA = "{\"channel\":\"C0123ABC\",\"ts\":\"1700000000.000100\"}";

    private final BlockKit kit = new BlockKit(Permalinks.none());

    @Test
    void carriesTheCallbackIdAndPrivateMetadata() {
        JsonObject view = modal("text", Language.EN);

        assertThat(view.get("type").getAsString()).isEqualTo("modal");
        assertThat(view.get("callback_id").getAsString()).isEqualTo("passerelle_save");
        assertThat(view.get("private_metadata").getAsString()).isEqualTo(METADATA);
    }

    @Test
    void inputsHaveTheIdsTheSubmissionListenerReads() {
        JsonArray blocks = modal("text", Language.EN).getAsJsonArray("blocks");

        assertThat(blocks).hasSize(3);
        assertThat(ids(blocks, "block_id")).containsExactly("kind", "text", "tags");
        assertThat(StreamSupport.stream(blocks.spliterator(), false)
                .map(b -> b.getAsJsonObject().getAsJsonObject("element").get("action_id").getAsString()))
                .containsExactly("kind", "text", "tags");
        assertThat(blocks.get(2).getAsJsonObject().get("optional").getAsBoolean()).isTrue();
        assertThat(blocks.get(1).getAsJsonObject().get("optional").getAsBoolean()).isFalse();
    }

    @Test
    void kindOffersFaqInsightAndPainPointWithInsightFirstChosen() {
        JsonObject select = modal("text", Language.EN).getAsJsonArray("blocks").get(0).getAsJsonObject()
                .getAsJsonObject("element");

        assertThat(select.get("type").getAsString()).isEqualTo("static_select");
        assertThat(ids(select.getAsJsonArray("options"), "value")).containsExactly("faq", "insight", "pain_point");
        assertThat(select.getAsJsonObject("initial_option").get("value").getAsString()).isEqualTo("insight");
    }

    @Test
    void textStartsAsTheMessageAndIsCutToThreeThousand() {
        JsonObject text = modal("<@U1> a".repeat(1000), Language.EN).getAsJsonArray("blocks").get(1).getAsJsonObject()
                .getAsJsonObject("element");

        assertThat(text.get("type").getAsString()).isEqualTo("plain_text_input");
        assertThat(text.get("multiline").getAsBoolean()).isTrue();
        assertThat(text.get("initial_value").getAsString()).hasSize(3000).startsWith("<@U1> a<@U1> a").endsWith("…");
    }

    @Test
    void blankMessageLeavesTheTextEmpty() {
        JsonObject text = modal("  ", Language.EN).getAsJsonArray("blocks").get(1).getAsJsonObject()
                .getAsJsonObject("element");

        assertThat(text.has("initial_value")).isFalse();
    }

    @Test
    void speaksEnglish() {
        assertThat(Rendered.strings(kit.saveModal(SaveForm.of("x", Language.EN), METADATA))).contains("Passerelle", "Save",
                "Cancel", "FAQ", "Insight", "Pain point", "For a FAQ: question | answer", "tags, comma-separated");
    }

    @Test
    void speaksFrench() {
        assertThat(Rendered.strings(kit.saveModal(SaveForm.of("x", Language.FR), METADATA))).contains("Passerelle", "Enregistrer",
                "Annuler", "FAQ", "Astuce", "Irritant", "Pour une FAQ : question | réponse")
                .doesNotContain("Save", "Cancel", "Insight");
    }

    @Test
    void refusesMetadataSlackWouldReject() {
        assertThatThrownBy(() -> kit.saveModal(SaveForm.of("x", Language.EN), "m".repeat(3001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3000");
    }

    private JsonObject modal(String text, Language language) {
        return Rendered.json(kit.saveModal(SaveForm.of(text, language), METADATA)).getAsJsonObject();
    }

    private static List<String> ids(JsonArray array, String key) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonElement::getAsJsonObject)
                .map(o -> o.get(key).getAsString()).toList();
    }
}
