package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Language;

/**
 * Something the bot says to someone other than the person it answers, or somewhere else: the askers of a gap
 * that was answered, the expert a question was routed to, the reporters of a pain point that moved, a reminder,
 * a digest. It travels in an {@link Outcome} beside the replies; the adapter of the recipient's platform
 * delivers it, in the recipient's language.
 */
public record Notice(Recipient to, Language language, Reply reply) {
    public Notice {
        Require.present(to, language, reply);
    }
}
