package dev.passerelle.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.bot.Receipt;
import dev.passerelle.core.conversation.Addresses;
import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.MembersChanged;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.PendingFiles;
import dev.passerelle.core.conversation.PostedReplies;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.teams.render.AdaptiveCards;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What every handler needs: the core's inbox, the roster, the recent messages, the cards, and a place to record
 * events. That place is Passerelle's own executor: the SDK runs authenticated turns on its shared fork-join pool
 * and anonymous ones on the servlet thread, and neither should wait on SQLite.
 */
final class TeamsConversations {

    private final Inbox inbox;
    private final Roster roster;
    private final RecentMessages recent;
    private final Replies replies;
    private final AdaptiveCards cards;
    private final Language fallback;
    private final Executor work;
    private final Sightings sightings;
    private final TeamsNotices notices;
    private final TeamsFiles files;

    TeamsConversations(Inbox inbox, Roster roster, AdaptiveCards cards, Language fallback, Executor work,
            PostedReplies posted, Addresses addresses, PendingFiles pendingFiles, PasserelleAdapter adapter) {
        this.inbox = inbox;
        this.roster = roster;
        this.recent = new RecentMessages(posted);
        this.files = new TeamsFiles(pendingFiles, work);
        this.cards = cards;
        this.replies = new Replies(cards, fallback, files);
        this.fallback = fallback;
        this.work = work;
        this.sightings = new Sightings(addresses, work);
        this.notices = new TeamsNotices(adapter, addresses, replies, recent, work);
    }

    Sightings sightings() {
        return sightings;
    }

    TeamsNotices notices() {
        return notices;
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

    /** Exports waiting for the person's consent. */
    TeamsFiles files() {
        return files;
    }

    Language fallback() {
        return fallback;
    }

    /**
     * Records the event in the core's inbox; completes once it is committed, so that the turn, and with it the
     * answer to Teams, never gets ahead of what a crash cannot lose. Fails with {@link EventNotRecorded} when it
     * could not be recorded: Teams is then not acknowledged, and delivers the activity again.
     */
    CompletableFuture<Receipt> submit(Event event) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return inbox.submit(event);
            } catch (RuntimeException e) {
                throw new EventNotRecorded(event, e);
            }
        }, work);
    }

    /**
     * Records the event, then waits for what the core made of it; the notices it holds for people on Teams go out
     * on their own, whatever the handler does with the rest.
     */
    CompletableFuture<Outcome> outcome(Event event) {
        return submit(event).thenCompose(Receipt::outcome).thenApply(outcome -> {
            notices.deliverAll(outcome);
            return outcome;
        });
    }

    /** Tells the core who may see a restricted conversation, when the roster has a fresh list. */
    CompletableFuture<Void> listMembers(TurnContext turn, TeamsConversation where) {
        return roster.membersToList(turn, where).thenCompose(members -> members.isEmpty()
                ? CompletableFuture.completedFuture(null)
                // Recorded is enough: the core applies who may see what before any later question.
                : submit(new MembersChanged(where.channel(), members.get(), Instant.now())).thenApply(recorded -> null));
    }

    /**
     * Sends the outcome and remembers the bot's replies, in the store, so that a check mark on an answer reaches
     * the core, after a restart too (a Teams reaction names only the message it is on).
     */
    CompletableFuture<Void> send(TurnContext turn, Outcome outcome) {
        TeamsConversation where = TeamsConversation.of(turn.getActivity());
        return replies.send(turn, outcome).thenAcceptAsync(sent -> sent.forEach((id, posted) ->
                recent.rememberReply(where.channel().key(), id, posted.reply().text(), posted.reply().thread(),
                        posted.card())), work);
    }

    /** The language the core answered in, for the labels the adapter draws. */
    Language languageOf(Outcome outcome) {
        return outcome.languageOr(fallback);
    }

    /** The language of someone's Teams client, for what carries no text of theirs: a welcome, an empty form. */
    Language language(Activity activity) {
        return Language.fromCode(activity.getLocale()).orElse(fallback);
    }
}
