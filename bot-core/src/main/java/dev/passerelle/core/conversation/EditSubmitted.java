package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A knowledge manager sent the {@link EditForm} of an entry back: what each field says now, read by
 * {@link EditForm#read}. The core applies the fields that changed, as the {@code edit}, {@code tag} and
 * {@code untag} commands would.
 *
 * @param channel      where the card the Edit button was on is (a Home tab: the person's own conversation)
 * @param answer       a FAQ's answer; null for every other kind
 * @param tags         every tag the entry is to have: those not in it are taken off
 * @param language     the form's language, so that the answer is too
 * @param submissionId the platform's id of this submission (Slack's view id, Teams' activity id): a delivery of
 *                     the same submission again is applied once
 * @param thread       the thread the card is in, or null
 */
public record EditSubmitted(ChannelRef channel, Sender editor, long entryId, String title, @Nullable String answer,
        List<String> tags, Language language, String submissionId, @Nullable String thread, Instant time)
        implements Event {

    public EditSubmitted {
        Require.present(channel, editor, language, time);
        Require.text(title, "title");
        Require.text(submissionId, "submission id");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public String key() {
        return channel.key() + ":edit_form:" + submissionId + ":" + editor.userId();
    }

    @Override
    public String actor() {
        return editor.userId();
    }

    @Override
    public boolean addressed() {
        return true;
    }

    @Override
    public Turn turn() {
        return new Turn(channel, submissionId, thread, time);
    }
}
