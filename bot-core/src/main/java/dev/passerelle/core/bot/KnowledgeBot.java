package dev.passerelle.core.bot;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.EditSubmitted;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Deletion;
import dev.passerelle.core.conversation.Edit;
import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.Home;
import dev.passerelle.core.conversation.MembersChanged;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.ReactionRemoved;
import dev.passerelle.core.conversation.Save;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.conversation.Turn;
import dev.passerelle.core.curation.Roles;
import dev.passerelle.core.people.ChannelRepository;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.understanding.MessageReader;
import dev.passerelle.core.understanding.Understanding;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.vocabulary.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bot's one entry point for what happens on a platform: {@link #handle(Event)} applies one event, in one
 * transaction, and says what it led to. The {@link Inbox} calls it once per recorded event; adapters never call
 * it directly. {@link #home} is the one read-only view it also serves.
 */
public final class KnowledgeBot {

    private final Transactions transactions;
    private final PeopleRepository people;
    private final ChannelRepository channels;
    private final Settings settings;
    private final MessageReader reader;
    private final TextCheck check;
    private final Roles roles;
    private final Features features;
    private final MessageRouter router;

    public KnowledgeBot(Transactions transactions, PeopleRepository people, ChannelRepository channels,
            Settings settings, MessageReader reader, Features features) {
        this(transactions, people, channels, settings, reader, features, new Roles(settings));
    }

    /** With the roles granted in the bot besides the configured ones. */
    public KnowledgeBot(Transactions transactions, PeopleRepository people, ChannelRepository channels,
            Settings settings, MessageReader reader, Features features, Roles roles) {
        this.transactions = transactions;
        this.people = people;
        this.channels = channels;
        this.settings = settings;
        this.reader = reader;
        this.check = new TextCheck(settings);
        this.roles = roles;
        this.features = features;
        this.router = new MessageRouter(channels, features);
    }

    /**
     * Why this event must not even be recorded (empty, over-long or binary text), as the refusal to send; empty
     * when it may go on.
     */
    public Optional<Outcome> refusal(Event event) {
        return switch (event) {
            case Message message -> refusal(message.text());
            case Save save -> refusal(save.text());
            case Edit edit -> Optional.empty();
            case Deletion deletion -> Optional.empty();
            case Reaction reaction -> Optional.empty();
            case Click click -> Optional.empty();
            case MembersChanged members -> Optional.empty();
            case ReactionRemoved removed -> Optional.empty();
            case EditSubmitted edited -> refusal(edited.answer() == null ? edited.title()
                    : edited.title() + "\n" + edited.answer());
        };
    }

    /** Applies one event in one transaction (joining the caller's, when there is one). Failures propagate. */
    public Outcome handle(Event event) {
        return transactions.inTransaction(() -> apply(event)).in(settings.fallbackLanguage());
    }

    private Outcome apply(Event event) {
        return switch (event) {
            case Message message -> routed(message);
            case Edit edit -> edited(edit);
            case Deletion deletion -> features.changes().deleted(deletion.channel().key(), deletion.messageId(),
                    deletion.time());
            case Reaction reaction -> reacted(reaction);
            case Click click -> clicked(click);
            case Save save -> saved(save);
            case MembersChanged members -> members(members);
            case ReactionRemoved removed -> unreacted(removed);
            case EditSubmitted edited -> formEdited(edited);
        };
    }

    /** What to say when applying an event failed: nothing was saved, in the language the person used. */
    public Outcome failed(Event event) {
        String text = switch (event) {
            case Message message -> message.text();
            case Save save -> save.text();
            case Edit edit -> edit.text();
            case Reaction reaction -> reaction.text();
            case Click click -> "";
            case Deletion deletion -> "";
            case MembersChanged members -> "";
            case ReactionRemoved removed -> "";
            case EditSubmitted edited -> edited.title();
        };
        Language language = event instanceof Click click ? click.language() : languageOf(text);
        return (event.addressed() ? Outcome.refused(Messages.get(language, "error.internal")) : Outcome.nothing())
                .in(language);
    }

    /** Told once to someone who asks more than the limit allows: what they share is still kept. */
    public Outcome floodNotice(Event event, int perMinute) {
        String text = event instanceof Message message ? message.text() : "";
        Language language = event instanceof Click click ? click.language() : languageOf(text);
        return Outcome.told(Messages.get(language, "flood.notice", perMinute)).in(language);
    }

    /** The bot's home page for this person, in their language: their desk, as they see it in their own conversation. */
    public Home home(Platform platform, String workspace, Sender user, Language language) {
        return transactions.inTransaction(() -> {
            Instant now = Instant.now();
            Person person = people.resolve(platform, workspace, user, now);
            Turn turn = new Turn(new ChannelRef(platform, workspace, "home:" + user.userId(), ChannelType.DIRECT),
                    "home", null, now);
            return features.homes().home(new Asker(turn, person, language,
                    new Audience(channels.channelsOf(person.id())), roles.of(user, person)));
        });
    }

    /**
     * The message is read once: its language makes the asker, its meaning the route. A command's own words say its
     * language ("/kb aide" is French, "/kb help" English), which is remembered as any addressed message's is.
     */
    private Outcome routed(Message message) {
        Understanding understanding = reader.read(message.text());
        Language language = router.commandLanguage(message).orElse(understanding.language());
        return router.route(asker(message, message.sender(), language), message, understanding);
    }

    private Outcome edited(Edit edit) {
        Language language = languageOf(edit.text());
        if (check.refusal(edit.text(), language).isPresent()) {
            return Outcome.nothing();
        }
        return features.changes().edited(asker(edit, edit.editor(), language), edit.messageId(), edit.text())
                .in(language);
    }

    private Outcome reacted(Reaction reaction) {
        if (!channels.captureEnabled(reaction.channel().key())) {
            return Outcome.nothing();
        }
        Asker reactor = asker(reaction, reaction.reactor(), languageOf(reaction.text()));
        Person author = people.resolve(reaction.channel().platform(), reaction.channel().workspace(), reaction.author(),
                reaction.time());
        return features.reactions().react(reactor, reaction, author).in(reactor.language());
    }

    /** A reaction taken back: the reactor's language is the one they last spoke to the bot in. */
    private Outcome unreacted(ReactionRemoved removed) {
        Sender sender = removed.reactor();
        Person person = people.resolve(removed.channel().platform(), removed.channel().workspace(), sender,
                removed.time());
        Language language = people.language(person.id()).orElse(settings.fallbackLanguage());
        return features.painBacking().reactionRemoved(asker(removed, sender, language), removed).in(language);
    }

    private Outcome clicked(Click click) {
        Asker asker = asker(click, click.user(), click.language());
        Outcome outcome = switch (click.action()) {
            case HELPFUL -> features.feedback().give(asker, click.entryId(), true);
            case NOT_HELPFUL -> features.feedback().give(asker, click.entryId(), false);
            case VERIFY, ARCHIVE -> features.commands().act(asker, click.action(), click.entryId());
            case VOTE -> features.painBacking().clicked(asker, click.entryId());
            case EDIT, UNVERIFY, UNARCHIVE -> features.commands().act(asker, click.action(), click.entryId());
            case ANSWER_GAP, ROUTE_GAP -> features.commands().act(asker, click.action(), click.entryId());
            case ACKNOWLEDGE_PAIN, RESOLVE_PAIN -> features.commands().act(asker, click.action(), click.entryId());
        };
        Outcome refreshed = features.clicked().refresh(asker, click, outcome);
        // A desk is redrawn whole: what was clicked may leave it, and what waited next comes up.
        if (click.desk() && outcome.error() == null) {
            refreshed = refreshed.redrawingDesk(features.homes().desk(asker));
        }
        return refreshed.in(click.language());
    }

    /**
     * An entry's edit form sent back: applied, then its card redrawn as a click on Edit redraws it, and that card
     * given with the answer, for the platform to put where the card was.
     */
    private Outcome formEdited(EditSubmitted edit) {
        Asker asker = asker(edit, edit.editor(), edit.language());
        Outcome outcome = features.commands().submitted(asker, edit);
        Click asClick = new Click(edit.channel(), edit.editor(), Action.EDIT, edit.entryId(), edit.thread(),
                edit.language(), edit.submissionId(), edit.time());
        Outcome refreshed = features.clicked().refresh(asker, asClick, outcome);
        if (refreshed.error() != null || refreshed.refreshed().isEmpty() || refreshed.replies().isEmpty()) {
            return refreshed.in(edit.language());
        }
        Reply said = refreshed.replies().getFirst();
        Reply withCard = new Reply(said.text(), said.thread(), said.ephemeral(),
                List.of(new Block.Entries(refreshed.refreshed())));
        return new Outcome(List.of(withCard), refreshed.captured(), null, edit.language(), refreshed.notices(),
                refreshed.refreshed());
    }

    private Outcome saved(Save save) {
        Asker saver = asker(save, save.saver(), languageOf(save.text()));
        Person author = people.resolve(save.channel().platform(), save.channel().workspace(), save.author(),
                save.time());
        String[] parts = save.text().split("\\|", 2);
        String body = parts.length > 1 ? parts[1].strip() : null;
        return features.capture().saveMessage(saver, author.id(), save.kind(), parts[0].strip(), body, save.tags(),
                save.messageId(), save.thread()).in(saver.language());
    }

    private Outcome members(MembersChanged change) {
        channels.replaceMembers(change.channel(), change.members().stream()
                .map(member -> people.resolve(change.channel().platform(), change.channel().workspace(), member,
                        change.time()).id())
                .collect(Collectors.toSet()), change.time());
        return Outcome.nothing();
    }

    /** The text is read for its language only when it is refused: this runs before the acknowledgement. */
    private Optional<Outcome> refusal(String text) {
        if (check.refusal(text, settings.fallbackLanguage()).isEmpty()) {
            return Optional.empty();
        }
        Language language = languageOf(text);
        return check.refusal(text, language).map(why -> Outcome.refused(why).in(language));
    }

    private Language languageOf(String text) {
        return reader.read(text).language();
    }

    private Asker asker(Event event, Sender sender, Language language) {
        Turn turn = event.turn();
        Person person = people.resolve(turn.platform(), turn.workspace(), sender, turn.time());
        channels.recordMember(turn.channelRef(), person.id(), turn.time());
        if (event.addressed() && (event instanceof Message || event instanceof Click)) {
            people.rememberLanguage(person.id(), language);
        }
        return new Asker(turn, person, language, audienceIn(turn, person), roles.of(sender, person));
    }

    /**
     * What may be shown where the reply goes: in a direct message with the bot, everything the person may see;
     * in a channel, where others read the reply, public knowledge and that channel's own, never another private
     * channel's.
     */
    private Audience audienceIn(Turn turn, Person person) {
        if (turn.channelType() == ChannelType.DIRECT) {
            return new Audience(channels.channelsOf(person.id()));
        }
        return new Audience(Set.of(turn.channelRef().key()));
    }
}
