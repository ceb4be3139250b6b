package dev.passerelle.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.TextFormatTypes;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.teams.render.AdaptiveCards;
import dev.passerelle.teams.render.CardText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Sends what the core said into the conversation the activity came from: in a channel, that is the thread of the
 * message (Teams names it in the conversation id). A reply with blocks is an Adaptive Card; a reply without is a
 * short message. Teams has no ephemeral messages in conversations, so private words are said there too.
 */
final class Replies {

    private final AdaptiveCards cards;
    private final Language fallback;
    private final TeamsFiles files;

    Replies(AdaptiveCards cards, Language fallback, TeamsFiles files) {
        this.cards = cards;
        this.fallback = fallback;
        this.files = files;
    }

    /**
     * A reply as it went out: its card when a click on it can redraw it (it shows an entry with buttons), else
     * null.
     */
    record Posted(Reply reply, @Nullable ObjectNode card) {}

    /**
     * Every label in the language the core decided for the outcome; the fallback only for an unstamped one. Gives
     * each reply with the id Teams gave its message (none when Teams said none).
     */
    CompletableFuture<Map<String, Posted>> send(TurnContext turn, Outcome outcome) {
        if (outcome.replies().isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Language language = outcome.languageOr(fallback);
        if (outcome.replies().stream().anyMatch(reply -> !reply.files().isEmpty())) {
            return sendFiles(turn, outcome, language);
        }
        List<Activity> activities = outcome.replies().stream().map(reply -> activity(reply, language)).toList();
        return turn.sendActivities(activities).thenApply(sent -> {
            Map<String, Posted> byId = new LinkedHashMap<>();
            for (int i = 0; sent != null && i < Math.min(sent.length, outcome.replies().size()); i++) {
                if (sent[i] != null && sent[i].getId() != null) {
                    byId.put(sent[i].getId(), posted(outcome.replies().get(i), activities.get(i)));
                }
            }
            return byId;
        });
    }

    Posted posted(Reply reply, Activity activity) {
        if (!cards.refreshable(reply) || activity.getAttachments() == null || activity.getAttachments().isEmpty()) {
            return new Posted(reply, null);
        }
        return new Posted(reply, activity.getAttachments().getFirst().getContent() instanceof ObjectNode card ? card
                : null);
    }

    Activity activity(Reply reply, Language language) {
        if (reply.blocks().isEmpty()) {
            Activity message = MessageFactory.text(CardText.lines(CardText.escape(reply.text())));
            message.setTextFormat(TextFormatTypes.MARKDOWN);
            return message;
        }
        return card(cards.reply(reply, language), cards.summary(reply));
    }

    static Activity card(ObjectNode card, String summary) {
        Activity message = MessageFactory.attachment(attachment(card));
        message.setSummary(summary);
        return message;
    }

    static Attachment attachment(ObjectNode card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(AdaptiveCards.CONTENT_TYPE);
        attachment.setContent(card);
        return attachment;
    }

    /**
     * A reply with files (an export): in a personal chat, its text then a file-consent card per file; elsewhere Teams
     * cannot hand a file to one person, so the person is told to ask in a personal chat.
     */
    private CompletableFuture<Map<String, Posted>> sendFiles(TurnContext turn, Outcome outcome, Language language) {
        boolean personal = TeamsConversation.type(turn.getActivity()) == ChannelType.DIRECT;
        List<CompletableFuture<Activity>> activities = new java.util.ArrayList<>();
        for (Reply reply : outcome.replies()) {
            if (reply.files().isEmpty()) {
                activities.add(CompletableFuture.completedFuture(activity(reply, language)));
            } else if (personal) {
                activities.add(CompletableFuture.completedFuture(activity(new Reply(reply.text(), reply.thread(),
                        reply.ephemeral(), reply.blocks().stream().filter(block -> !(block instanceof Block.File))
                        .toList()), language)));
                // Each file is kept before its card goes out, so that the card's answer finds it after a restart too.
                reply.files().forEach(file -> activities.add(files.consent(turn.getActivity(), file, language)));
            } else {
                activities.add(CompletableFuture.completedFuture(
                        MessageFactory.text(Messages.get(language, "export.teams.personalOnly"))));
            }
        }
        return CompletableFuture.allOf(activities.toArray(CompletableFuture[]::new))
                .thenCompose(kept -> turn.sendActivities(activities.stream().map(CompletableFuture::join).toList()))
                .thenApply(sent -> Map.of());
    }
}
