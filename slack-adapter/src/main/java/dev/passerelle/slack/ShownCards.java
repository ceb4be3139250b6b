package dev.passerelle.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ephemeral messages with entry buttons the bot showed lately. Slack sends a click on an ephemeral message
 * without the message, so what the click must redraw is kept here, under a mark added to its entries' actions
 * block ids ({@code entry-12.<mark>}), which the click names. In memory only, as long as Slack lets the response
 * URL replace the message (30 minutes): after a restart a click is answered in words, the message left as it was.
 */
public final class ShownCards {

    private static final Duration KEPT = Duration.ofMinutes(30);
    private static final SecureRandom MARKS = new SecureRandom();

    /** What was shown: the fallback text and the blocks. */
    public record Shown(String text, List<LayoutBlock> blocks) {}

    private final Cache<String, Shown> shown = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(KEPT)
            .build();

    /** Marks and remembers the blocks when they hold an entry's buttons; gives them back to send, or null. */
    public @Nullable List<LayoutBlock> remember(String text, @Nullable List<LayoutBlock> blocks) {
        if (blocks == null || blocks.stream().noneMatch(ShownCards::entryActions)) {
            return blocks;
        }
        byte[] bytes = new byte[6];
        MARKS.nextBytes(bytes);
        return remember(HexFormat.of().formatHex(bytes), text, blocks);
    }

    /** The message a click on this actions block came from, when it is still remembered. */
    public Optional<Marked> find(@Nullable String blockId) {
        int dot = blockId == null ? -1 : blockId.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String mark = blockId.substring(dot + 1);
        return Optional.ofNullable(shown.getIfPresent(mark)).map(found -> new Marked(mark, found));
    }

    /** A remembered message and its mark, to remember it again under the same mark once redrawn. */
    public record Marked(String mark, Shown shown) {}

    /** The message as a click redrew it: the next click on it starts from there. */
    public List<LayoutBlock> redrawn(String mark, String text, List<LayoutBlock> blocks) {
        return remember(mark, text, blocks);
    }

    private List<LayoutBlock> remember(String mark, String text, List<LayoutBlock> blocks) {
        for (LayoutBlock block : blocks) {
            if (entryActions(block)) {
                ActionsBlock actions = (ActionsBlock) block;
                String id = actions.getBlockId();
                int dot = id.indexOf('.');
                actions.setBlockId((dot < 0 ? id : id.substring(0, dot)) + "." + mark);
            }
        }
        shown.put(mark, new Shown(text, List.copyOf(blocks)));
        return blocks;
    }

    private static boolean entryActions(LayoutBlock block) {
        return block instanceof ActionsBlock actions && actions.getBlockId() != null
                && actions.getBlockId().startsWith("entry-");
    }
}
