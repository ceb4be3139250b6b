package dev.passerelle.core.people;

import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Speaker;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writing to someone who did not just speak to the bot: in their direct conversation with it, on the platform
 * they are on (the one preferred when they are on several), in the language they last spoke to it in.
 */
public final class Recipients {

    private final PeopleRepository people;

    public Recipients(PeopleRepository people) {
        this.people = people;
    }

    /**
     * A notice to this person, its reply written by {@code reply} in their language; empty when the person has no
     * identity left (forgotten) to write to.
     *
     * @param fallback the language to use for someone who never spoke to the bot
     */
    public Optional<Notice> notice(long personId, Platform preferred, Language fallback,
            Function<Speaker, Reply> reply) {
        Language language = people.language(personId).orElse(fallback);
        return people.recipient(personId, preferred)
                .map(to -> new Notice(to, language, reply.apply(new Speaker(to.platform(), language))));
    }

    /** A plain message in the person's direct conversation with the bot. */
    public static Reply direct(String text) {
        return new Reply(text, null, false, java.util.List.of());
    }
}
