package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a person sees on the bot's home page, their desk: their profile and expertise, their open questions, the
 * pain register, and for knowledge managers the review queue, the open gaps and the week in figures
 * ({@link Desk}). The same on every platform: Slack's Home tab, a Teams personal-chat card, {@code /kb desk}.
 */
public record Home(Language language, PersonCard me, List<String> skills, String role, List<EntryCard> openQuestions,
        List<EntryCard> painPoints, List<EntryCard> reviewQueue, boolean curator, Desk desk) {
    public Home {
        skills = skills.stream().map(Echo::neutralise).toList();
        openQuestions = List.copyOf(openQuestions);
        painPoints = List.copyOf(painPoints);
        reviewQueue = List.copyOf(reviewQueue);
    }

    public Home(Language language, PersonCard me, List<String> skills, String role, List<EntryCard> openQuestions,
            List<EntryCard> painPoints, List<EntryCard> reviewQueue, boolean curator) {
        this(language, me, skills, role, openQuestions, painPoints, reviewQueue, curator,
                Desk.counting(reviewQueue.size(), painPoints.size()));
    }

    public Home(Language language, PersonCard me, List<String> skills, String role, List<EntryCard> openQuestions,
            List<EntryCard> painPoints, List<EntryCard> reviewQueue) {
        this(language, me, skills, role, openQuestions, painPoints, reviewQueue, !reviewQueue.isEmpty());
    }

    /**
     * What the desk shows beyond the cards: totals, the line each listed pain point or gap comes with, the figures.
     *
     * @param reviewTotal every draft waiting for review the person may see (the queue lists the first few)
     * @param gaps        the open gaps, most asked first, with Answer and Route (knowledge managers only)
     * @param gapTotal    how many open gap groups the person may see
     * @param painTotal   how many open and acknowledged pain points the person may see
     * @param lines       by entry id: a pain point's votes, teams and trend; a gap's askers and who may know
     * @param stats       the last days in figures, one line each (knowledge managers only)
     */
    public record Desk(int reviewTotal, List<EntryCard> gaps, int gapTotal, int painTotal, Map<Long, String> lines,
            List<String> stats) {
        public Desk {
            gaps = List.copyOf(gaps);
            Map<Long, String> neutral = new LinkedHashMap<>();
            lines.forEach((id, line) -> neutral.put(id, Echo.neutralise(line)));
            lines = java.util.Collections.unmodifiableMap(neutral);
            stats = stats.stream().map(Echo::neutralise).toList();
        }

        /** No more than the cards themselves say. */
        public static Desk counting(int reviewTotal, int painTotal) {
            return new Desk(reviewTotal, List.of(), 0, painTotal, Map.of(), List.of());
        }
    }

    /** The line a listed pain point or gap is shown with, when the desk has one. */
    public Optional<String> line(EntryCard card) {
        return Optional.ofNullable(desk.lines().get(card.id()));
    }

    public String say(String key, Object... args) {
        return Messages.get(language, key, args);
    }
}
