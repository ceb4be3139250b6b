package dev.passerelle.core.bot;

import dev.passerelle.core.answering.Responses;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.conversation.Inbound;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.Save;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.curation.CommandParser;
import dev.passerelle.core.curation.CommandRunner;
import dev.passerelle.core.curation.Roles;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.ThreadAnswers;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.store.Store;
import dev.passerelle.core.understanding.Intent;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.understanding.MessageReader;
import dev.passerelle.core.understanding.Understanding;
import dev.passerelle.core.knowledge.Reactions;
import dev.passerelle.core.knowledge.SourceChanges;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's single entry point: one inbound message (or gesture: edit, deletion, reaction,
 * button, shortcut) in, the replies and captures it leads to out. Every adapter (Slack, Teams,
 * the local chat) calls this and only this. Each call is one transaction, recorded by event id
 * so that a retried delivery does nothing twice; the index follows once it commits. Longer than
 * most classes because it is the façade every adapter sees; the work lives in the features.
 */
public final class KnowledgeBot {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBot.class);

    private final Store store;
    private final KnowledgeIndex index;
    private final Settings settings;
    private final MessageReader reader;
    private final InboundCheck check;
    private final Roles roles;
    private final CommandParser parser = new CommandParser();
    private final CommandRunner commands;
    private final Capture capture;
    private final ThreadAnswers threads;
    private final Responses responses;
    private final SourceChanges changes;
    private final Reactions reactions;
    private final HomeViews homes;

    public KnowledgeBot(Store store, KnowledgeIndex index, Settings settings, MessageReader reader, Capture capture,
            Responses responses) {
        this.store = store;
        this.index = index;
        this.settings = settings;
        this.reader = reader;
        this.check = new InboundCheck(settings);
        this.roles = new Roles(settings);
        this.capture = capture;
        this.responses = responses;
        this.threads = new ThreadAnswers(store.entries(), store.evidence(), store.people());
        this.commands = new CommandRunner(store.people(), store.entries(), store.audit(), responses, capture, reader);
        this.changes = new SourceChanges(store.entries(), store.evidence(), reader);
        this.reactions = new Reactions(store.entries(), capture, threads, reader);
        this.homes = new HomeViews(store.people(), store.entries());
    }

    public Outcome handle(Inbound in) {
        Understanding understanding = reader.read(in.text());
        Optional<String> refusal = check.refusal(in, understanding.language());
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        return interact(in, understanding.language(), asker -> route(asker, understanding));
    }

    /** The author edited a message: what was captured from it follows. */
    public Outcome edited(ChannelRef channel, Sender editor, String messageId, String newText, Instant at) {
        Inbound in = gesture(channel, editor, newText, "edit:" + messageId + ":" + at.toEpochMilli(), null, at);
        if (check.refusal(in, Language.EN).isPresent()) {
            return Outcome.nothing();
        }
        return interact(in, reader.read(newText).language(), asker -> changes.edited(asker, messageId, newText));
    }

    /** A message was deleted: what was captured from it goes too. */
    public Outcome deleted(ChannelRef channel, String messageId, Instant at) {
        Inbound in = gesture(channel, Sender.of("system"), "", "delete:" + messageId, null, at);
        return transactionally(in, () -> changes.deleted(channel.key(), messageId, at));
    }

    public Outcome reacted(Reaction reaction) {
        Inbound in = gesture(reaction.channel(), reaction.reactor(), reaction.text(),
                "reaction:" + reaction.kind() + ":" + reaction.messageId() + ":" + reaction.reactor().userId(),
                reaction.thread(), reaction.time());
        return interact(in, reader.read(reaction.text()).language(), asker -> reactions.react(asker, reaction,
                store.people().resolve(in.platform(), in.workspace(), reaction.author(), reaction.time())));
    }

    /** "Helpful" / "Not helpful" on an answer. */
    public Outcome feedback(ChannelRef channel, Sender user, long entryId, boolean helpful, Language language,
            Instant at) {
        Inbound in = gesture(channel, user, "", "feedback:" + entryId + ":" + user.userId() + ":" + at.toEpochMilli(),
                null, at);
        return interact(in, language, asker -> store.entries().find(entryId)
                .filter(entry -> asker.audience().sees(entry.channelKey(), entry.restricted()))
                .map(entry -> store.entries().feedback(entryId, asker.person().id(), helpful, at)
                        ? Outcome.told(asker.say("feedback.thanks"))
                        : Outcome.told(asker.say("feedback.same", String.valueOf(entryId))))
                .orElseGet(() -> Outcome.refused(asker.say("command.notFound", String.valueOf(entryId)))));
    }

    /** "Save to Passerelle" on a message. */
    public Outcome save(Save save) {
        Inbound in = gesture(save.channel(), save.saver(), save.text(), "save:" + save.kind() + ":" + save.messageId()
                + ":" + save.saver().userId() + ":" + save.time().toEpochMilli(), save.thread(), save.time());
        Language language = reader.read(save.text()).language();
        Optional<String> refusal = check.refusal(in, language);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        return interact(in, language, asker -> {
            Person author = store.people().resolve(in.platform(), in.workspace(), save.author(), save.time());
            String[] parts = save.text().split("\\|", 2);
            String body = parts.length > 1 ? parts[1].strip() : null;
            return capture.saveMessage(asker, author.id(), save.kind(), parts[0].strip(), body, save.tags(),
                    save.messageId(), save.thread());
        });
    }

    /** The bot's home page for this person, in their language. */
    public Home home(Platform platform, String workspace, Sender user, Language language) {
        index.catchUp();
        return store.transactions().inTransaction(() -> {
            Person person = store.people().resolve(platform, workspace, user, Instant.now());
            return homes.home(person, roles.of(user, person), new Audience(store.channels().channelsOf(person.id())),
                    platform, language);
        });
    }

    /** The platform listed a channel's members: they, and only they, may see its restricted knowledge. */
    public void members(ChannelRef channel, List<Sender> members, Instant at) {
        store.transactions().run(() -> store.channels().replaceMembers(channel, members.stream()
                .map(member -> store.people().resolve(channel.platform(), channel.workspace(), member, at).id())
                .collect(Collectors.toSet()), at));
    }

    private Outcome interact(Inbound in, Language language, Function<Asker, Outcome> work) {
        return transactionally(in, () -> work.apply(asker(in, language)), language);
    }

    private Outcome transactionally(Inbound in, Supplier<Outcome> work) {
        return transactionally(in, work, settings.fallbackLanguage());
    }

    private Outcome transactionally(Inbound in, Supplier<Outcome> work, Language language) {
        try {
            index.catchUp();
            Outcome outcome = store.transactions().inTransaction(() -> store.events().firstDelivery(eventKey(in), in.time())
                    ? work.get()
                    : Outcome.nothing());
            catchUpAfterCommit(in);
            return outcome;
        } catch (RuntimeException e) {
            log.error("Could not handle message {} in {} from {}", in.messageId(), in.channelRef().key(),
                    in.sender().userId(), e);
            return Outcome.refused(Messages.get(language, "error.internal"));
        }
    }

    /** Gestures (edits, reactions, clicks) travel as addressed messages with an id of their own. */
    private static Inbound gesture(ChannelRef channel, Sender user, String text, String id, String thread, Instant at) {
        return new Inbound(channel.platform(), channel.workspace(), channel.channel(), channel.type(), user, text,
                thread, id, at, true);
    }

    /** What is committed is safe; an index that fails to follow now catches up on the next message. */
    private void catchUpAfterCommit(Inbound in) {
        try {
            index.catchUp();
        } catch (RuntimeException e) {
            log.warn("Search index could not follow message {} yet; it will catch up later", in.messageId(), e);
        }
    }

    private Outcome route(Asker asker, Understanding understanding) {
        Inbound in = asker.inbound();
        var command = parser.parse(in.text(), in.addressed());
        if (command.isPresent()) {
            Asker inCommandLanguage = command.get().language()
                    .filter(language -> language != asker.language())
                    .map(language -> new Asker(in, asker.person(), language, asker.audience(), asker.role()))
                    .orElse(asker);
            return commands.run(inCommandLanguage, command.get().command(), in.text());
        }
        Optional<Outcome> confirmed = threads.handle(asker, understanding, in.text());
        if (confirmed.isPresent()) {
            return confirmed.get();
        }
        boolean captureOn = store.channels().captureEnabled(in.channelRef().key());
        return switch (understanding.intent()) {
            case Intent.Faq faq when faq.tagged() || captureOn ->
                    capture.faq(asker, faq.question(), faq.answer(), understanding.tags());
            case Intent.Insight insight when insight.tagged() || captureOn ->
                    capture.insight(asker, insight.text(), understanding.tags());
            case Intent.PainPoint pain when pain.tagged() || captureOn ->
                    capture.painPoint(asker, pain.text(), understanding.tags());
            case Intent.WhoKnows who when in.addressed() -> responses.experts(asker, who.topic());
            case Intent.Question question when in.addressed() -> responses.answer(asker, question.text(), true);
            case Intent.Question question when in.thread() == null && captureOn -> {
                capture.question(asker, question.text());
                yield Outcome.nothing();
            }
            default -> Outcome.nothing();
        };
    }

    private Asker asker(Inbound in, Language language) {
        Person person = store.people().resolve(in.platform(), in.workspace(), in.sender(), in.time());
        store.channels().recordMember(in.channelRef(), person.id(), in.time());
        return new Asker(in, person, language, audienceIn(in, person), roles.of(in.sender(), person));
    }

    /**
     * What may be shown where the reply goes: in a direct message with the bot, everything the
     * person may see; in a channel, where others read the reply, public knowledge and that
     * channel's own, never another private channel's.
     */
    private Audience audienceIn(Inbound in, Person person) {
        if (in.channelType() == ChannelType.DIRECT) {
            return new Audience(store.channels().channelsOf(person.id()));
        }
        return new Audience(Set.of(in.channelRef().key()));
    }

    private static String eventKey(Inbound in) {
        return in.channelRef().key() + ":" + in.messageId();
    }
}
