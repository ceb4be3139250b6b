package dev.passerelle.slack.render;

import static dev.passerelle.slack.render.TestCards.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.SaveForm;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole payloads compared with reviewed fixtures: any change to what Slack receives shows up here. */
class GoldenPayloadTests {

    private final BlockKit kit = new BlockKit(TestCards.knownLink());

    @Test
    void answerReplyMatchesItsFixture() {
        Reply answer = new Reply("Here is what I found: #12 FAQ", "1700000000.000100", false, List.of(
                new Block.Section("Here is what I found:"),
                new Block.Entries(List.of(entry(12).build().withButtons(List.of(
                        new Block.Button("Helpful", Action.HELPFUL, 12),
                        new Block.Button("Not helpful", Action.NOT_HELPFUL, 12)))))));

        assertThat(Rendered.json(kit.blocks(answer, Language.EN))).isEqualTo(Rendered.fixture("answer-reply.json"));
    }

    @Test
    void saveModalMatchesItsFixture() {
        String metadata = "{\"channel\":\"C0123ABC\",\"ts\":\"1700000000.000100\"}";

        assertThat(Rendered.json(kit.saveModal(SaveForm.of("CRM export: Settings > Export", Language.EN), metadata)))
                .isEqualTo(Rendered.fixture("save-modal-en.json"));
    }
}
