package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.vocabulary.Role;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Language;

/**
 * The person behind one event, as every feature needs them: who, in which language,
 * what they may see, and what they may do.
 */
public record Asker(Turn turn, Person person, Language language, Audience audience, Role role) {

    /** A sentence in the asker's language, with commands written as their platform types them. */
    public String say(String key, Object... args) {
        return speaker().say(key, args);
    }

    /** How to speak to this asker: their language, their platform's way of typing commands. */
    public Speaker speaker() {
        return new Speaker(turn.platform(), language);
    }

    /** The thread a reply belongs in: the message's thread, or a new one under it in a channel. */
    public String replyThread() {
        if (turn.thread() != null) {
            return turn.thread();
        }
        return turn.channelType() == ChannelType.DIRECT ? null : turn.messageId();
    }
}
