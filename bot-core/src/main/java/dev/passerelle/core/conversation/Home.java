package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;

/**
 * What a person sees on the bot's home page: their profile and expertise, their open questions,
 * the top pain points, and for knowledge managers the review queue.
 */
public record Home(Language language, PersonCard me, List<String> skills, String role, List<EntryCard> openQuestions,
        List<EntryCard> painPoints, List<EntryCard> reviewQueue, boolean curator) {
    public Home {
        skills = skills.stream().map(Echo::neutralise).toList();
        openQuestions = List.copyOf(openQuestions);
        painPoints = List.copyOf(painPoints);
        reviewQueue = List.copyOf(reviewQueue);
    }

    public Home(Language language, PersonCard me, List<String> skills, String role, List<EntryCard> openQuestions,
            List<EntryCard> painPoints, List<EntryCard> reviewQueue) {
        this(language, me, skills, role, openQuestions, painPoints, reviewQueue, !reviewQueue.isEmpty());
    }

    public String say(String key, Object... args) {
        return Messages.get(language, key, args);
    }
}
