package dev.passerelle.slack.render;

import static dev.passerelle.slack.render.TestCards.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A clicked message redrawn: the refreshed entry's blocks replaced, every other block as it was. */
class RedrawnBlocksTests {

    private final BlockKit kit = new BlockKit(TestCards.knownLink());

    private final List<LayoutBlock> pending = kit.blocks(TestCards.reply(
            new Block.Section("Waiting for review (2)"),
            new Block.Entries(List.of(
                    entry(1).status(EntryStatus.DRAFT).title("How do I export the CRM?").buttons(Action.VERIFY, Action.ARCHIVE).build(),
                    entry(12).status(EntryStatus.DRAFT).title("Where is the VPN guide?").buttons(Action.VERIFY, Action.ARCHIVE).build()))),
            Language.EN);

    @Test
    void theRefreshedEntryIsRedrawnInItsNewStateAndTheOthersStayAsShown() {
        List<LayoutBlock> redrawn = kit.redrawn(pending, List.of(entry(1).status(EntryStatus.VERIFIED)
                .title("How do I export the CRM?").buttons(Action.ARCHIVE).build()), Language.EN).orElseThrow();

        assertThat(redrawn).hasSameSizeAs(pending);
        assertThat(Rendered.text(redrawn.subList(1, 4))).contains("*#1 FAQ* ✅ Verified").doesNotContain("draft");
        assertThat(actions(redrawn, "entry-1")).isEqualTo(List.of("archive"));
        assertThat(json(redrawn.subList(4, redrawn.size()))).isEqualTo(json(pending.subList(4, pending.size())));
        assertThat(json(redrawn.getFirst())).isEqualTo(json(pending.getFirst()));
    }

    @Test
    void entryTwelveIsNotTakenForEntryOne() {
        List<LayoutBlock> redrawn = kit.redrawn(pending, List.of(entry(12).status(EntryStatus.ARCHIVED)
                .title("Where is the VPN guide?").buttons(Action.VERIFY).build()), Language.EN).orElseThrow();

        assertThat(json(redrawn.subList(0, 4))).isEqualTo(json(pending.subList(0, 4)));
        assertThat(Rendered.text(redrawn.subList(4, redrawn.size()))).contains("*#12 FAQ* · archived");
        assertThat(actions(redrawn, "entry-12")).isEqualTo(List.of("verify"));
    }

    @Test
    void blocksThatShowNoneOfTheEntriesAreNotRedrawn() {
        Reply other = TestCards.reply(new Block.Section("Hello"));

        assertThat(kit.redrawn(kit.blocks(other, Language.EN), List.of(entry(1).build()), Language.EN)).isEmpty();
    }

    private static List<String> actions(List<LayoutBlock> blocks, String blockId) {
        return blocks.stream().filter(block -> block instanceof ActionsBlock actions
                        && blockId.equals(actions.getBlockId()))
                .flatMap(block -> ((ActionsBlock) block).getElements().stream())
                .map(element -> ((com.slack.api.model.block.element.ButtonElement) element).getActionId()).toList();
    }

    private static JsonElement json(Object blocks) {
        return Rendered.json(blocks);
    }
}
