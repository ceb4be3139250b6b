package dev.passerelle.slack.render;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.view.View;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.SaveForm;
import dev.passerelle.core.vocabulary.Language;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders the core's replies, home pages and the save form as Block Kit. Every text a user
 * could have written is escaped, every text is cut to its limit, and a message never carries
 * more blocks than Slack accepts.
 */
public final class BlockKit {

    private final EntryBlocks entries;
    private final PeopleBlocks people;
    private final HomeView home;

    public BlockKit(Permalinks permalinks) {
        Links links = new Links(permalinks);
        this.entries = new EntryBlocks(links);
        this.people = new PeopleBlocks(links);
        this.home = new HomeView(entries);
    }

    /** The reply's blocks, at most 50; when more, the last says that some were left out. */
    public List<LayoutBlock> blocks(Reply reply, Language language) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Block block : reply.blocks()) {
            blocks.addAll(render(block, language));
        }
        return Text.cap(blocks, Limits.MESSAGE_BLOCKS);
    }

    /**
     * The reply's blocks for a message or a response URL, or null when it has none: Slack is then sent no
     * {@code blocks} field at all, rather than {@code []}.
     */
    public @Nullable List<LayoutBlock> blocksIfAny(Reply reply, Language language) {
        List<LayoutBlock> blocks = blocks(reply, language);
        return blocks.isEmpty() ? null : blocks;
    }

    /**
     * A message's blocks as they were shown, with the entries a click refreshed redrawn in place (labels in
     * {@code language}, the clicked reply's); empty when the blocks show none of them.
     */
    public java.util.Optional<List<LayoutBlock>> redrawn(List<LayoutBlock> shown,
            List<dev.passerelle.core.conversation.EntryCard> refreshed, Language language) {
        return RedrawnBlocks.redraw(shown, refreshed, language, entries);
    }

    /** The message's {@code text}: what notifications and clients without blocks show. */
    public String fallbackText(Reply reply) {
        return Mrkdwn.escape(reply.text(), Limits.MESSAGE_TEXT);
    }

    /** The App Home tab. */
    public View home(Home home) {
        return this.home.view(home);
    }

    /** The form that saves a message to the knowledge base ({@code passerelle_save}). */
    public View saveModal(SaveForm form, String privateMetadata) {
        return SaveModal.view(form, privateMetadata);
    }

    /** An entry's edit form, prefilled ({@code passerelle_edit}). */
    public View editModal(dev.passerelle.core.conversation.EditForm form, String privateMetadata) {
        return EditModal.view(form, privateMetadata);
    }

    private List<LayoutBlock> render(Block block, Language language) {
        return switch (block) {
            case Block.Section(String text) -> text.isBlank() ? List.of() : List.of(Text.section(Mrkdwn.escape(text)));
            case Block.Fields(List<Block.Field> fields) -> fields(fields);
            case Block.Entries(var cards) -> cards.stream().flatMap(e -> entries.full(e, language).stream()).toList();
            case Block.People(var cards) -> cards.stream().flatMap(p -> people.person(p, language).stream()).toList();
            case Block.Related(String label, var cards) -> cards.isEmpty() ? List.of()
                    : List.of(Text.context(entries.related(label, cards)));
            // Files are uploaded beside the message (Delivery), not drawn in it.
            case Block.File file -> List.of();
        };
    }

    private static List<LayoutBlock> fields(List<Block.Field> fields) {
        List<TextObject> texts = fields.stream()
                .<TextObject>map(f -> Text.markup("*" + Mrkdwn.escape(f.label()) + "*\n" + Mrkdwn.escape(f.value()),
                        Limits.FIELD_TEXT))
                .toList();
        return chunks(texts, Limits.SECTION_FIELDS).stream()
                .<LayoutBlock>map(chunk -> SectionBlock.builder().fields(chunk).build())
                .toList();
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return chunks;
    }
}
