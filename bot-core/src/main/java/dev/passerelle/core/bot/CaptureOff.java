package dev.passerelle.core.bot;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.understanding.Intent;
import dev.passerelle.core.understanding.Understanding;
import java.util.List;

/**
 * A message in a channel where a manager turned capture off: nothing of it is kept (no entry, no answer evidence, no
 * gap, no learned wording). Questions addressed to the bot are still answered; knowledge addressed to it is declined
 * in one line, since it would not be kept.
 */
final class CaptureOff {

    private final Features features;

    CaptureOff(Features features) {
        this.features = features;
    }

    Outcome route(Asker asker, Message in, Understanding understanding) {
        if (!in.addressed()) {
            return Outcome.nothing();
        }
        return switch (understanding.intent()) {
            case Intent.Faq faq -> declined(asker, in);
            case Intent.Insight insight -> declined(asker, in);
            case Intent.PainPoint pain -> declined(asker, in);
            case Intent.WhoDoes who -> features.responses().answer(asker, who.question(), false);
            case Intent.WhoKnows who -> features.responses().experts(asker, who.topic(), who.team());
            case Intent.Question question -> features.responses().answer(asker, question.text(), false);
            case Intent.SmallTalk talk when in.autoAnswer() -> Outcome.nothing();
            case Intent.Confirmation thanks when in.autoAnswer() -> Outcome.nothing();
            case Intent.SmallTalk talk -> said(asker, talk.kind() == Intent.SmallTalk.Kind.GREETING
                    ? "smallTalk.greeting" : "smallTalk.other");
            case Intent.Confirmation thanks -> said(asker, "smallTalk.thanks");
            default -> in.autoAnswer() ? features.responses().answerIfConfident(asker, in.text().strip())
                    : features.responses().answer(asker, in.text().strip(), false);
        };
    }

    private static Outcome declined(Asker asker, Message in) {
        return in.autoAnswer() ? Outcome.nothing() : Outcome.told(asker.say("capture.offHere"));
    }

    private static Outcome said(Asker asker, String key) {
        return new Outcome(List.of(new Reply(asker.say(key), asker.replyThread(), false, List.of())), List.of(), null);
    }
}
