package dev.passerelle.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import dev.passerelle.core.bot.KnowledgeBot;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.understanding.LanguageDetector;
import dev.passerelle.teams.render.AdaptiveCards;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What every handler needs: the core, the roster, the recent messages, the cards, and a place to run the core's
 * work. That place is Passerelle's own executor: the SDK runs authenticated turns on its shared fork-join pool
 * and anonymous ones on the servlet thread, and neither should wait on SQLite or Lucene.
 */
final class TeamsConversations {

    private final KnowledgeBot bot;
    private final Roster roster;
    private final RecentMessages recent;
    private final Replies replies;
    private final AdaptiveCards cards;
    private final LanguageDetector languages;
    private final Language fallback;
    private final Executor work;

    TeamsConversations(KnowledgeBot bot, Roster roster, AdaptiveCards cards, Language fallback, Executor work) {
        this.bot = bot;
        this.roster = roster;
        this.recent = new RecentMessages();
        this.cards = cards;
        this.replies = new Replies(cards);
        this.languages = new LanguageDetector(fallback);
        this.fallback = fallback;
        this.work = work;
    }

    KnowledgeBot bot() {
        return bot;
    }

    Roster roster() {
        return roster;
    }

    RecentMessages recent() {
        return recent;
    }

    AdaptiveCards cards() {
        return cards;
    }

    /** Runs the core's work on Passerelle's executor. */
    <T> CompletableFuture<T> core(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, work);
    }

    /** Tells the core who may see a restricted conversation, when the roster has a fresh list. */
    CompletableFuture<Void> listMembers(TurnContext turn, TeamsConversation where) {
        return roster.membersToList(turn, where).thenCompose(members -> members.isEmpty()
                ? CompletableFuture.completedFuture(null)
                : core(() -> {
                    bot.members(where.channel(), members.get(), Instant.now());
                    return null;
                }));
    }

    CompletableFuture<Void> send(TurnContext turn, Outcome outcome, Language language) {
        return replies.send(turn, outcome, language);
    }

    /** The language of what someone wrote. */
    Language language(String text) {
        return languages.detect(text);
    }

    /** The language of someone's Teams client, for gestures that carry no text. */
    Language language(Activity activity) {
        return activity.getLocale() == null ? fallback : Language.fromCode(activity.getLocale()).orElse(fallback);
    }
}
