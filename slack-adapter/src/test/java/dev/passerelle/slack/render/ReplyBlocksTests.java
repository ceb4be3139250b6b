package dev.passerelle.slack.render;

import static dev.passerelle.slack.render.TestCards.entry;
import static dev.passerelle.slack.render.TestCards.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReplyBlocksTests {

    private final BlockKit kit = new BlockKit(Permalinks.none());

    @Test
    void sectionBecomesAMrkdwnSection() {
        JsonObject block = first(kit.blocks(reply(new Block.Section("Here is what I found:")), Language.EN));

        assertThat(block.get("type").getAsString()).isEqualTo("section");
        assertThat(block.getAsJsonObject("text").get("type").getAsString()).isEqualTo("mrkdwn");
        assertThat(block.getAsJsonObject("text").get("text").getAsString()).isEqualTo("Here is what I found:");
    }

    @Test
    void fieldsBecomeSectionFieldsTenAtMost() {
        List<Block.Field> fields = IntStream.range(0, 12).mapToObj(i -> new Block.Field("Label " + i, "value " + i))
                .toList();

        JsonArray blocks = Rendered.json(kit.blocks(reply(new Block.Fields(fields)), Language.EN)).getAsJsonArray();

        assertThat(blocks).hasSize(2);
        JsonArray first = blocks.get(0).getAsJsonObject().getAsJsonArray("fields");
        assertThat(first).hasSize(10);
        assertThat(first.get(0).getAsJsonObject().get("text").getAsString()).isEqualTo("*Label 0*\nvalue 0");
    }

    @Test
    void buttonsCarryTheirActionIdsAndValues() {
        Block.Actions actions = new Block.Actions(List.of(new Block.Button("Helpful", "feedback.helpful", "12"),
                new Block.Button("Not helpful", "feedback.unhelpful", "12")));

        JsonObject block = first(kit.blocks(reply(actions), Language.EN));

        assertThat(block.get("type").getAsString()).isEqualTo("actions");
        JsonObject button = block.getAsJsonArray("elements").get(1).getAsJsonObject();
        assertThat(button.get("type").getAsString()).isEqualTo("button");
        assertThat(button.get("action_id").getAsString()).isEqualTo("feedback.unhelpful");
        assertThat(button.get("value").getAsString()).isEqualTo("12");
        assertThat(button.getAsJsonObject("text").get("type").getAsString()).isEqualTo("plain_text");
        assertThat(button.getAsJsonObject("text").get("text").getAsString()).isEqualTo("Not helpful");
    }

    @Test
    void longButtonLabelIsCutToSeventyFive() {
        Block.Actions actions = new Block.Actions(List.of(new Block.Button("x".repeat(200), "a", "1")));

        JsonObject button = first(kit.blocks(reply(actions), Language.EN)).getAsJsonArray("elements").get(0)
                .getAsJsonObject();

        assertThat(button.getAsJsonObject("text").get("text").getAsString()).hasSize(75).endsWith("…");
    }

    @Test
    void capsAMessageAtFiftyBlocksAndSaysSomeWereLeftOut() {
        List<EntryCard> many = IntStream.rangeClosed(1, 40).mapToObj(i -> entry(i).build()).toList();

        List<LayoutBlock> blocks = kit.blocks(reply(new Block.Entries(many)), Language.EN);

        assertThat(blocks).hasSize(50);
        JsonObject last = Rendered.json(blocks).getAsJsonArray().get(49).getAsJsonObject();
        assertThat(last.get("type").getAsString()).isEqualTo("context");
        assertThat(last.getAsJsonArray("elements").get(0).getAsJsonObject().get("text").getAsString()).isEqualTo("…");
    }

    @Test
    void fiftyBlocksExactlyAreKeptWhole() {
        List<EntryCard> many = IntStream.rangeClosed(1, 25).mapToObj(i -> entry(i).build()).toList();

        List<LayoutBlock> blocks = kit.blocks(reply(new Block.Entries(many)), Language.EN);

        assertThat(blocks).hasSize(50);
        assertThat(Rendered.text(blocks)).doesNotContain("\n…\n").doesNotEndWith("…");
    }

    @Test
    void fallbackTextIsEscapedAndAtMostThreeThousand() {
        Reply reply = new Reply("A & B <x> " + "y".repeat(5000), null, false, List.of());

        String text = kit.fallbackText(reply);

        assertThat(text).startsWith("A &amp; B &lt;x&gt; ").hasSize(3000).endsWith("…");
    }

    private static JsonObject first(List<LayoutBlock> blocks) {
        return Rendered.json(blocks).getAsJsonArray().get(0).getAsJsonObject();
    }
}
