package dev.passerelle.core.conversation;

import dev.passerelle.core.expertise.Person;
import dev.passerelle.core.search.Audience;
import dev.passerelle.core.understanding.Language;

/**
 * The person behind one inbound message, as every feature needs them: who, in which language,
 * what they may see, and what they may do.
 */
public record Asker(Inbound inbound, Person person, Language language, Audience audience, Role role) {

    public enum Role {
        MEMBER, KNOWLEDGE_MANAGER, ADMIN;

        public boolean curates() {
            return this != MEMBER;
        }

        /** The key of the role's name in the bot's sentences. */
        public String messageKey() {
            return switch (this) {
                case ADMIN -> "role.admin";
                case KNOWLEDGE_MANAGER -> "role.km";
                case MEMBER -> "role.member";
            };
        }
    }

    /** A sentence in the asker's language, with commands written as their platform types them. */
    public String say(String key, Object... args) {
        String sentence = Messages.get(language, key, args);
        // Teams has no slash commands: people mention the bot (or just type the command in a 1:1 chat).
        return inbound.platform() == Platform.TEAMS ? sentence.replace("/kb ", "@Passerelle ") : sentence;
    }

    /** The thread a reply belongs in: the message's thread, or a new one under it in a channel. */
    public String replyThread() {
        if (inbound.thread() != null) {
            return inbound.thread();
        }
        return inbound.channelType() == ChannelType.DIRECT ? null : inbound.messageId();
    }
}
