package dev.passerelle.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.passerelle.core.conversation.EditForm;
import dev.passerelle.slack.render.BlockKit;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The edit forms opened from an Edit button, as modals ({@code views.open} with the click's trigger id). The modal
 * carries back where its card is ({@link Origin}, in {@code private_metadata}); the card itself (its response URL and
 * the blocks it showed, which a view submission does not bring) is kept here, in memory, under the mark the origin
 * names, as long as Slack lets a response URL replace the message (30 minutes). After a restart the submission is
 * still applied, and answered with the redrawn card in a message of its own.
 */
public final class EditModals {

    private static final Duration KEPT = Duration.ofMinutes(30);
    private static final SecureRandom MARKS = new SecureRandom();
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final SlackApi api;
    private final BlockKit blockKit;
    private final Cache<String, Card> cards = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT).build();

    public EditModals(SlackApi api, BlockKit blockKit) {
        this.api = api;
        this.blockKit = blockKit;
    }

    /**
     * What the modal carries back: the entry and its kind, the form's language, and where the card is (a channel and
     * thread, or the person's Home tab), with the mark its {@link Card} is kept under.
     */
    public record Origin(String team, @Nullable String channel, @Nullable String thread, long entry, String kind,
            String language, @Nullable String mark) {

        public boolean home() {
            return channel == null;
        }

        public String toJson() {
            return GSON.toJson(this);
        }

        /** Empty for metadata that is no edit form's. */
        public static Optional<Origin> fromJson(@Nullable String json) {
            try {
                Origin origin = json == null ? null : GSON.fromJson(json, Origin.class);
                return origin == null || origin.team() == null || origin.kind() == null ? Optional.empty()
                        : Optional.of(origin);
            } catch (JsonParseException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * The message the Edit button was on: where to redraw it, and what it showed.
     *
     * @param shownMark the mark {@link ShownCards} remembers an ephemeral message under, to remember it redrawn; null
     *                  for a message Slack sends back with each click
     */
    public record Card(String responseUrl, String text, List<LayoutBlock> blocks, @Nullable String shownMark) {
        public Card {
            blocks = List.copyOf(blocks);
        }
    }

    /** Opens the form; the card, when known, is kept for the submission to redraw. False when Slack refused. */
    public boolean open(String triggerId, EditForm form, String team, @Nullable String channel, @Nullable String thread,
            @Nullable Card card) {
        String mark = null;
        if (card != null) {
            byte[] bytes = new byte[8];
            MARKS.nextBytes(bytes);
            mark = HexFormat.of().formatHex(bytes);
            cards.put(mark, card);
        }
        Origin origin = new Origin(team, channel, thread, form.entryId(), form.kind().code(), form.language().code(),
                mark);
        return api.call("views.open", m -> m.viewsOpen(r -> r.triggerId(triggerId)
                .view(blockKit.editModal(form, origin.toJson())))).isPresent();
    }

    /** The card a submitted form's origin names, while it is kept. */
    public Optional<Card> card(Origin origin) {
        return origin.mark() == null ? Optional.empty() : Optional.ofNullable(cards.getIfPresent(origin.mark()));
    }
}
