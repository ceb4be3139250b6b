package dev.passerelle.slack.render;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import dev.passerelle.core.vocabulary.Echo;
import java.util.ArrayList;
import java.util.List;

/** Text objects and the simplest blocks, each cut to its Block Kit limit. */
final class Text {

    private Text() {
    }

    /** Markup the renderer built from escaped parts; only the length is checked here. */
    static MarkdownTextObject markup(String markup, int max) {
        return MarkdownTextObject.builder().text(Mrkdwn.truncate(markup, max)).build();
    }

    /** Plain text is never read as markup, but mentions are broken anyway, as everywhere else. */
    static PlainTextObject plain(String text, int max) {
        return PlainTextObject.builder().text(Mrkdwn.truncate(Echo.neutralise(text), max)).emoji(true).build();
    }

    static SectionBlock section(String markup) {
        return SectionBlock.builder().text(markup(markup, Limits.SECTION_TEXT)).build();
    }

    static ContextBlock context(String markup) {
        return ContextBlock.builder().elements(List.of(markup(markup, Limits.CONTEXT_TEXT))).build();
    }

    /** Keeps at most {@code max} blocks; when some are cut, the last one says so. */
    static List<LayoutBlock> cap(List<LayoutBlock> blocks, int max) {
        if (blocks.size() <= max) {
            return blocks;
        }
        List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, max - 1));
        kept.add(context("…"));
        return List.copyOf(kept);
    }
}
