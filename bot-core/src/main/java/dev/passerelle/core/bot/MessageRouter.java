package dev.passerelle.core.bot;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.curation.CommandParser;
import dev.passerelle.core.knowledge.AskedWays;
import dev.passerelle.core.people.ChannelRepository;
import dev.passerelle.core.understanding.Intent;
import dev.passerelle.core.understanding.Understanding;
import java.util.List;
import java.util.Optional;

/**
 * Decides what a message is for: a command, a reply in a question's thread, knowledge to capture, a question
 * to answer, small talk to greet back, or chatter to leave alone. A message addressed to the bot always gets a
 * reply: what is neither a command, a capture nor small talk is a question, "VPN" and "press kit." included.
 * An auto-answer channel is addressed by every message, yet not spoken to: there, questions are answered (or
 * noted, with people to ask), other words only when the bot is sure of the answer, and "ok", 👍 or thanks are left
 * alone, as in any channel.
 */
final class MessageRouter {

    private final CommandParser parser = new CommandParser();
    private final ChannelRepository channels;
    private final Features features;

    MessageRouter(ChannelRepository channels, Features features) {
        this.channels = channels;
        this.features = features;
    }

    /** What the message leads to, in the language of the asker (or of the command's words). */
    Outcome route(Asker asker, Message in, Understanding understanding) {
        return decide(asker, in, understanding).in(asker.language());
    }

    /** The language of the command this message gives, when its words say one ("aide", "help"). */
    Optional<dev.passerelle.core.vocabulary.Language> commandLanguage(Message in) {
        return parser.parse(in.text(), in.addressed()).flatMap(CommandParser.Parsed::language);
    }

    private Outcome decide(Asker asker, Message in, Understanding understanding) {
        var command = parser.parse(in.text(), in.addressed());
        if (command.isPresent()) {
            Asker inCommandLanguage = command.get().language()
                    .filter(language -> language != asker.language())
                    .map(language -> new Asker(asker.turn(), asker.person(), language, asker.audience(), asker.role()))
                    .orElse(asker);
            return features.commands().run(inCommandLanguage, command.get().command(), in.text())
                    .in(inCommandLanguage.language());
        }
        if (!channels.captureEnabled(in.channelRef().key())) {
            return new CaptureOff(features).route(asker, in, understanding);
        }
        // "+1" or "moi aussi" in a pain point's thread backs it: neither chatter nor a question.
        Optional<Outcome> backed = features.painBacking().replied(asker, in);
        if (backed.isPresent()) {
            return backed.get();
        }
        Optional<Outcome> routedReply = features.commands().routedReply(asker, in.text(), in.thread(),
                understanding.intent());
        if (routedReply.isPresent()) {
            return routedReply.get();
        }
        Optional<Outcome> confirmed = features.threads().handle(asker, understanding, in.text());
        if (confirmed.isPresent()) {
            return confirmed.get();
        }
        if (understanding.intent() instanceof Intent.Confirmation) {
            AskedWays.Confirmed thanked = features.askedWays().thanked(asker);
            if (thanked != AskedWays.Confirmed.NOTHING) {
                return in.autoAnswer() ? Outcome.nothing() : Outcome.told(asker.say(
                        thanked == AskedWays.Confirmed.LEARNED ? "learn.thanked" : "learn.thankedWhichOne"));
            }
        }
        boolean captureOn = channels.captureEnabled(in.channelRef().key());
        return switch (understanding.intent()) {
            case Intent.Faq faq when faq.tagged() || captureOn ->
                    features.capture().faq(asker, faq.question(), faq.answer(), understanding.tags());
            case Intent.Insight insight when insight.tagged() || captureOn ->
                    features.capture().insight(asker, insight.text(), understanding.tags());
            case Intent.PainPoint pain when pain.tagged() || captureOn ->
                    features.capture().painPoint(asker, pain.text(), understanding.tags());
            case Intent.WhoDoes who when in.addressed() ->
                    features.responses().answerWithPeople(asker, who.question(), who.topic());
            case Intent.WhoKnows who when in.addressed() -> features.responses().experts(asker, who.topic(), who.team());
            case Intent.Question question when in.addressed() -> features.responses().answer(asker, question.text(), true);
            case Intent.Question question when in.thread() == null && captureOn -> noted(asker, question.text());
            case Intent.WhoDoes who when in.thread() == null && captureOn -> noted(asker, who.question());
            case Intent.SmallTalk talk when in.autoAnswer() -> Outcome.nothing();
            case Intent.Confirmation thanks when in.autoAnswer() -> Outcome.nothing();
            case Intent.SmallTalk talk when in.addressed() ->
                    friendly(asker, talk.kind() == Intent.SmallTalk.Kind.GREETING ? "smallTalk.greeting" : "smallTalk.other");
            case Intent.Confirmation thanks when in.addressed() -> friendly(asker, "smallTalk.thanks");
            default -> !in.addressed() || features.threads().repliesToAnotherAsker(asker) ? Outcome.nothing()
                    : in.autoAnswer() ? features.responses().answerIfConfident(asker, in.text().strip())
                    : features.responses().answer(asker, in.text().strip(), true);
        };
    }

    /** A question said in a channel, not to the bot: kept quietly as a knowledge gap and a root for answers. */
    private Outcome noted(Asker asker, String question) {
        features.capture().question(asker, question);
        return Outcome.nothing();
    }

    /** Greetings, thanks and small talk are answered in kind, with a hint of what the bot is for; no gap. */
    private static Outcome friendly(Asker asker, String key) {
        return new Outcome(List.of(new Reply(asker.say(key), asker.replyThread(), false, List.of())), List.of(), null);
    }
}
