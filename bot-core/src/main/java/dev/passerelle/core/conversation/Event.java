package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelRef;
import java.time.Instant;

/**
 * Everything that happens on a platform and concerns the bot, as one closed family: a message, its edit or
 * deletion, a reaction, a click on one of the bot's buttons, a "Save to Passerelle", a change of a
 * conversation's members. The core handles each with one exhaustive switch, so a new kind of event fails to
 * compile until it is handled.
 */
public sealed interface Event permits Message, Edit, Deletion, Reaction, Click, Save, MembersChanged,
        ReactionRemoved,
        EditSubmitted {

    /** The conversation it happened in. */
    ChannelRef channel();

    Instant time();

    /**
     * The same for every delivery of the same platform event, and only for it: a retry, or Slack's
     * {@code message} and {@code app_mention} twins, carry the same key and are applied once.
     */
    String key();

    /** The user it comes from, for fairness between people; {@code system} for the platform's own changes. */
    String actor();

    /** True when someone waits for the bot's answer: a question or command to it, a click, a save. */
    boolean addressed();

    /** Where and when it happened, as the features that act on it need to know. */
    Turn turn();
}
