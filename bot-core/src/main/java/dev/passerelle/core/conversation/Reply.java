package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the bot says back: a plain text that every platform can show, plus neutral blocks that
 * adapters render richly (Block Kit, Adaptive Cards).
 *
 * @param thread    the thread to answer in, or null for the conversation itself
 * @param ephemeral true when only the asker should see it
 */
public record Reply(String text, @Nullable String thread, boolean ephemeral, List<Block> blocks) {
    public Reply {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a reply needs a text");
        }
        text = Echo.neutralise(text);
        blocks = List.copyOf(blocks);
    }

    public static Reply ephemeral(String text) {
        return new Reply(text, null, true, List.of());
    }

    /** The entries the reply shows as cards, in order (not the related ones listed under them). */
    public List<EntryCard> entries() {
        return blocks.stream()
                .flatMap(block -> block instanceof Block.Entries(List<EntryCard> cards) ? cards.stream() : java.util.stream.Stream.empty())
                .toList();
    }

    /** The entries listed as related, on one line under the reply's cards. */
    public List<EntryCard> related() {
        return blocks.stream()
                .flatMap(block -> block instanceof Block.Related(String label, List<EntryCard> cards) ? cards.stream()
                        : java.util.stream.Stream.empty())
                .toList();
    }

    public List<PersonCard> people() {
        return blocks.stream()
                .flatMap(block -> block instanceof Block.People(List<PersonCard> cards) ? cards.stream() : java.util.stream.Stream.empty())
                .toList();
    }

    /** The files the reply brings (an export), in order. */
    public List<Block.File> files() {
        return blocks.stream().flatMap(block -> block instanceof Block.File file ? java.util.stream.Stream.of(file)
                : java.util.stream.Stream.empty()).toList();
    }
}
