package dev.passerelle.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ephemeral messages with entry buttons are remembered under a mark their buttons' block ids carry back. */
class ShownCardsTests {

    private final ShownCards shown = new ShownCards();

    @Test
    void aMessageWithEntryButtonsIsFoundAgainByTheBlockIdOfAClickOnIt() {
        List<LayoutBlock> sent = shown.remember("Waiting for review (1)", List.of(section("*#7 FAQ* · draft"),
                ActionsBlock.builder().blockId("entry-7").elements(List.of()).build()));

        String clicked = ((ActionsBlock) sent.get(1)).getBlockId();

        assertThat(clicked).matches("entry-7\\.[0-9a-f]{12}");
        assertThat(shown.find(clicked)).hasValueSatisfying(found -> {
            assertThat(found.shown().text()).isEqualTo("Waiting for review (1)");
            assertThat(found.shown().blocks()).hasSize(2);
        });
    }

    @Test
    void aMessageWithoutEntryButtonsIsNeitherMarkedNorRemembered() {
        List<LayoutBlock> blocks = List.of(section("Hello"));

        assertThat(shown.remember("Hello", blocks)).isSameAs(blocks);
        assertThat(shown.find("entry-7")).isEmpty();
        assertThat(shown.find(null)).isEmpty();
    }

    @Test
    void aRedrawnMessageKeepsItsMark() {
        List<LayoutBlock> sent = shown.remember("t", List.of(section("*#7 FAQ*"),
                ActionsBlock.builder().blockId("entry-7").elements(List.of()).build()));
        ShownCards.Marked marked = shown.find(((ActionsBlock) sent.get(1)).getBlockId()).orElseThrow();

        List<LayoutBlock> redrawn = shown.redrawn(marked.mark(), "t", List.of(section("*#7 FAQ* ✅ Verified"),
                ActionsBlock.builder().blockId("entry-7").elements(List.of()).build()));

        assertThat(((ActionsBlock) redrawn.get(1)).getBlockId()).isEqualTo("entry-7." + marked.mark());
        assertThat(shown.find("entry-7." + marked.mark()).orElseThrow().shown().blocks()).isEqualTo(redrawn);
    }

    private static SectionBlock section(String text) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(text).build()).build();
    }
}
