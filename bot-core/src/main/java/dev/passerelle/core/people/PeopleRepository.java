package dev.passerelle.core.people;

import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.conversation.Recipient;
import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** People, their platform identities, declared skills and what they keep off their profile. */
public interface PeopleRepository {

    /**
     * The person behind this platform user, created on first sight, linked by e-mail to the same
     * person on another platform, and updated with any profile field the platform now gives.
     */
    Person resolve(Platform platform, String workspace, Sender sender, Instant at);

    Optional<Person> find(long id);

    Map<Long, Person> findAll(Collection<Long> ids);

    /** The person's user id on this platform, or on any platform when they have none there. */
    Optional<String> userId(long personId, Platform preferred);

    /**
     * Where to write to this person: their identity on the preferred platform, or on any platform when they have
     * none there (the most recently linked first); empty for someone with no identity left.
     */
    Optional<Recipient> recipient(long personId, Platform preferred);

    /** The language the person last spoke to the bot in, if they did. */
    Optional<Language> language(long personId);

    /** Keeps the language the person just spoke to the bot in, for what the bot later tells them unasked. */
    void rememberLanguage(long personId, Language language);

    /** Finds a person by a user id on this platform, by e-mail, or by display name. */
    Optional<Person> lookup(Platform platform, String userIdEmailOrName);

    Person setTeam(long personId, String team);

    List<Skill> skills(long personId);

    Optional<Skill> findSkill(long skillId);

    /**
     * Adds the skill unless the person already declared it (case and accents aside).
     *
     * @param sourceMessage the message that declared it, shown as evidence; null when unknown
     */
    boolean addSkill(long personId, String skill, @Nullable String sourceMessage, Instant at);

    default boolean addSkill(long personId, String skill, Instant at) {
        return addSkill(personId, skill, null, at);
    }

    boolean removeSkill(long personId, String skill);

    /** Keeps a topic off the person's expert profile; false when it already was (case and accents aside). */
    boolean hideTopic(long personId, String topic, Instant at);

    /** Puts a hidden topic back; false when it was not hidden. */
    boolean showTopic(long personId, String topic);

    /** Keeps the person off every expert list; false when they already were. */
    boolean hideAll(long personId, Instant at);

    /** Undoes {@link #hideAll} and every hidden topic; false when nothing was hidden. */
    boolean showAll(long personId);

    Hidden hidden(long personId);

    /** What each of these people hides; people who hide nothing are left out. */
    Map<Long, Hidden> hidden(Collection<Long> personIds);
}
