package dev.passerelle.core.conversation;

import dev.passerelle.core.curation.CommandParser;
import dev.passerelle.core.curation.CommandRunner;
import dev.passerelle.core.curation.Roles;
import dev.passerelle.core.expertise.Person;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.ThreadAnswers;
import dev.passerelle.core.search.Audience;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.store.Store;
import dev.passerelle.core.understanding.Intent;
import dev.passerelle.core.understanding.Language;
import dev.passerelle.core.understanding.MessageReader;
import dev.passerelle.core.understanding.Understanding;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's single entry point: one inbound message in, the replies and captures it leads to
 * out. Every adapter (Slack, Teams, the local chat) calls this and only this.
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
        this.threads = new ThreadAnswers(store);
        this.commands = new CommandRunner(store, responses, capture, reader);
    }

    public Outcome handle(Inbound in) {
        Understanding understanding = reader.read(in.text());
        Optional<String> refusal = check.refusal(in, understanding.language());
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        try {
            index.catchUp();
            Outcome outcome = store.transactions().inTransaction(() -> {
                if (!store.events().firstDelivery(eventKey(in), in.time())) {
                    return Outcome.nothing();
                }
                return route(asker(in, understanding), understanding);
            });
            catchUpAfterCommit(in);
            return outcome;
        } catch (RuntimeException e) {
            log.error("Could not handle message {} in {} from {}", in.messageId(), in.channelRef().key(),
                    in.sender().userId(), e);
            return Outcome.refused(Messages.get(understanding.language(), "error.internal"));
        }
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

    private Asker asker(Inbound in, Understanding understanding) {
        Person person = store.people().resolve(in.platform(), in.workspace(), in.sender(), in.time());
        store.channels().recordMember(in.channelRef(), person.id(), in.time());
        Audience audience = new Audience(store.channels().channelsOf(person.id()));
        Language language = understanding.language();
        return new Asker(in, person, language, audience, roles.of(in.sender(), person));
    }

    private static String eventKey(Inbound in) {
        return in.channelRef().key() + ":" + in.messageId();
    }
}
