package dev.passerelle.slack.render;

import static dev.passerelle.slack.render.TestCards.entry;
import static dev.passerelle.slack.render.TestCards.reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.EntryStatus;
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
    void suggestionsComeUnderTheirMarkerEachWithItsOwnHelpfulButton() {
        List<EntryCard> suggestions = List.of(entry(12).build(), entry(13).build()).stream()
                .map(card -> card.withButtons(List.of(new Block.Button("Helpful", Action.HELPFUL, card.id()))))
                .toList();

        JsonArray blocks = Rendered.json(kit.blocks(reply(new Block.Section("Not sure, but these may help:"),
                new Block.Entries(suggestions)), Language.EN)).getAsJsonArray();

        assertThat(blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString())
                .isEqualTo("Not sure, but these may help:");
        assertThat(blocks.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(b -> b.get("type").getAsString().equals("actions"))
                .map(b -> b.getAsJsonArray("elements").get(0).getAsJsonObject().get("value").getAsString()))
                .containsExactly("12:en", "13:en");
    }

    @Test
    void relatedEntriesAreOneContextLineOfNumbersAndTitles() {
        JsonArray blocks = Rendered.json(kit.blocks(reply(new Block.Related("See also:", List.of(
                entry(12).title("Why does the VPN drop?").build(), entry(13).title("Ping <!channel> *now*").build()))),
                Language.EN)).getAsJsonArray();

        assertThat(blocks).hasSize(1);
        JsonObject context = blocks.get(0).getAsJsonObject();
        assertThat(context.get("type").getAsString()).isEqualTo("context");
        String text = context.getAsJsonArray("elements").get(0).getAsJsonObject().get("text").getAsString();
        assertThat(text).startsWith("See also: *#12* Why does the VPN drop? · *#13* ").doesNotContain("<!channel>");
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
    void buttonsCarryTheirActionTheirEntryAndTheRepliesLanguage() {
        Block.Entries entries = new Block.Entries(List.of(entry(12).build().withButtons(List.of(
                new Block.Button("Helpful", Action.HELPFUL, 12), new Block.Button("Not helpful", Action.NOT_HELPFUL, 12)))));

        JsonObject block = Rendered.json(kit.blocks(reply(entries), Language.FR)).getAsJsonArray().asList().stream()
                .map(JsonElement::getAsJsonObject).filter(b -> b.get("type").getAsString().equals("actions"))
                .findFirst().orElseThrow();

        JsonObject button = block.getAsJsonArray("elements").get(1).getAsJsonObject();
        assertThat(button.get("type").getAsString()).isEqualTo("button");
        assertThat(button.get("action_id").getAsString()).isEqualTo("not_helpful");
        assertThat(button.get("value").getAsString()).isEqualTo("12:fr");
        assertThat(button.getAsJsonObject("text").get("type").getAsString()).isEqualTo("plain_text");
        assertThat(button.getAsJsonObject("text").get("text").getAsString()).isEqualTo("Not helpful");
    }

    @Test
    void eachEntrysButtonsComeRightAfterItAndActOnIt() {
        List<EntryCard> pending = List.of(entry(7).build(), entry(8).status(EntryStatus.DRAFT).build(),
                entry(9).status(EntryStatus.DRAFT).build()).stream()
                .map(card -> card.withButtons(List.of(new Block.Button("Verify", Action.VERIFY, card.id()),
                        new Block.Button("Archive", Action.ARCHIVE, card.id()))))
                .toList();

        JsonArray blocks = Rendered.json(kit.blocks(reply(new Block.Entries(pending)), Language.EN)).getAsJsonArray();

        long shown = -1;
        int buttonRows = 0;
        for (JsonElement element : blocks) {
            JsonObject block = element.getAsJsonObject();
            if (block.get("type").getAsString().equals("section")) {
                String heading = block.getAsJsonObject("text").get("text").getAsString();
                shown = Long.parseLong(heading.substring(2, heading.indexOf(' ')));
            } else if (block.get("type").getAsString().equals("actions")) {
                buttonRows++;
                for (JsonElement button : block.getAsJsonArray("elements")) {
                    String value = button.getAsJsonObject().get("value").getAsString();
                    assertThat(value).as("a button under entry #" + shown).startsWith(shown + ":");
                }
            }
        }
        assertThat(buttonRows).isEqualTo(3);
    }

    @Test
    void aPainPointsPlusOneButtonCarriesItsLabelActionAndEntry() {
        Block.Entries entries = new Block.Entries(List.of(entry(21).source(null, null).build()
                .withButtons(List.of(new Block.Button("+1", Action.VOTE, 21)))));

        JsonObject button = Rendered.json(kit.blocks(reply(entries), Language.FR)).getAsJsonArray().get(1)
                .getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject();

        assertThat(button.getAsJsonObject("text").get("text").getAsString()).isEqualTo("+1");
        assertThat(button.get("action_id").getAsString()).isEqualTo("vote");
        assertThat(button.get("value").getAsString()).isEqualTo("21:fr");
    }

    @Test
    void longButtonLabelIsCutToSeventyFive() {
        Block.Entries entries = new Block.Entries(List.of(entry(1).source(null, null).build()
                .withButtons(List.of(new Block.Button("x".repeat(200), Action.HELPFUL, 1)))));

        JsonObject button = Rendered.json(kit.blocks(reply(entries), Language.EN)).getAsJsonArray().get(1)
                .getAsJsonObject().getAsJsonArray("elements").get(0).getAsJsonObject();

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
