package dev.passerelle.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.passerelle.core.conversation.EditForm;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** An entry's edit form as the modal Slack opens: one prefilled input per field, named by the field's id. */
class EditModalTests {

    private static final String METADATA = "{\"team\":\"T1\",\"channel\":\"C0SALES\",\"entry\":12,\"kind\":\"faq\"}";

    private final BlockKit kit = new BlockKit(Permalinks.none());

    private JsonObject modal(EditForm form) {
        return Rendered.json(kit.editModal(form, METADATA)).getAsJsonObject();
    }

    @Test
    void aFaqsModalHasItsQuestionAnswerAndTagsPrefilledUnderTheFieldIds() {
        JsonObject view = modal(new EditForm(Language.EN, 12, EntryKind.FAQ, "Where is the <badge> desk?", "Floor 5",
                List.of("badges", "security")));

        assertThat(view.get("type").getAsString()).isEqualTo("modal");
        assertThat(view.get("callback_id").getAsString()).isEqualTo("passerelle_edit");
        assertThat(view.get("private_metadata").getAsString()).isEqualTo(METADATA);
        assertThat(view.getAsJsonObject("title").get("text").getAsString()).isEqualTo("Edit #12");
        assertThat(view.getAsJsonObject("submit").get("text").getAsString()).isEqualTo("Save");
        assertThat(view.getAsJsonObject("close").get("text").getAsString()).isEqualTo("Cancel");
        JsonArray blocks = view.getAsJsonArray("blocks");
        assertThat(strings(blocks, "block_id")).containsExactly("question", "answer", "tags");
        assertThat(StreamSupport.stream(blocks.spliterator(), false).map(JsonElement::getAsJsonObject)
                .map(block -> block.getAsJsonObject("element").get("action_id").getAsString()))
                .containsExactly("question", "answer", "tags");
        assertThat(StreamSupport.stream(blocks.spliterator(), false).map(JsonElement::getAsJsonObject)
                .map(block -> block.getAsJsonObject("element").get("initial_value").getAsString()))
                .containsExactly("Where is the <badge> desk?", "Floor 5", "badges, security");
        assertThat(StreamSupport.stream(blocks.spliterator(), false)
                .map(block -> block.getAsJsonObject().get("optional").getAsBoolean())).containsExactly(false, false, true);
    }

    @Test
    void anInsightsModalIsItsTextAndTagsInFrench() {
        JsonObject view = modal(new EditForm(Language.FR, 7, EntryKind.INSIGHT, "Ctrl+K ouvre la recherche", null,
                List.of()));

        assertThat(view.getAsJsonObject("title").get("text").getAsString()).isEqualTo("Modifier #7");
        JsonArray blocks = view.getAsJsonArray("blocks");
        assertThat(strings(blocks, "block_id")).containsExactly("title", "tags");
        assertThat(blocks.get(0).getAsJsonObject().getAsJsonObject("label").get("text").getAsString())
                .isEqualTo("Texte");
        assertThat(blocks.get(1).getAsJsonObject().getAsJsonObject("element").has("initial_value")).isFalse();
        assertThat(blocks.get(1).getAsJsonObject().getAsJsonObject("element").getAsJsonObject("placeholder")
                .get("text").getAsString()).isEqualTo("étiquettes, séparées par des virgules");
    }

    @Test
    void aLongAnswerIsCutToWhatAnInputHolds() {
        JsonObject view = modal(new EditForm(Language.EN, 12, EntryKind.FAQ, "Why?", "a".repeat(5000), List.of()));

        assertThat(view.getAsJsonArray("blocks").get(1).getAsJsonObject().getAsJsonObject("element")
                .get("initial_value").getAsString()).hasSize(3000);
    }

    private static List<String> strings(JsonArray array, String key) {
        return StreamSupport.stream(array.spliterator(), false).map(e -> e.getAsJsonObject().get(key).getAsString())
                .toList();
    }
}
