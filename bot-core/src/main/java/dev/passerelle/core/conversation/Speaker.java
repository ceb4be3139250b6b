package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Platform;

/** Sentences in one person's language, with commands written as their platform types them. */
public record Speaker(Platform platform, Language language) {
    public Speaker {
        Require.present(platform, language);
    }

    public String say(String key, Object... args) {
        String sentence = Messages.get(language, key, args);
        // Teams has no slash commands: people mention the bot (or just type the command in a 1:1 chat).
        return platform == Platform.TEAMS ? sentence.replace("/kb ", "@Passerelle ") : sentence;
    }
}
