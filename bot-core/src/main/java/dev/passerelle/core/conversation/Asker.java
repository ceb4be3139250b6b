package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Platform;
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
        String sentence = Messages.get(language, key, args);
        // Teams has no slash commands: people mention the bot (or just type the command in a 1:1 chat).
        return turn.platform() == Platform.TEAMS ? sentence.replace("/kb ", "@Passerelle ") : sentence;
    }

    /** The thread a reply belongs in: the message's thread, or a new one under it in a channel. */
    public String replyThread() {
        if (turn.thread() != null) {
            return turn.thread();
        }
        return turn.channelType() == ChannelType.DIRECT ? null : turn.messageId();
    }
}
