package dev.passerelle.core.understanding;

import dev.passerelle.core.understanding.Intent.Chatter;
import dev.passerelle.core.understanding.Intent.Confirmation;
import dev.passerelle.core.understanding.Intent.Faq;
import dev.passerelle.core.understanding.Intent.Insight;
import dev.passerelle.core.understanding.Intent.PainPoint;
import dev.passerelle.core.understanding.Intent.Question;
import dev.passerelle.core.understanding.Intent.SmallTalk;
import dev.passerelle.core.understanding.Intent.WhoDoes;
import dev.passerelle.core.understanding.Intent.WhoKnows;
import dev.passerelle.core.understanding.Lexicon.Section;
import dev.passerelle.core.vocabulary.Echo;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one chat message into an {@link Understanding}. Rules apply in this order, first match
 * wins: a kind hashtag ({@code #faq}, {@code #astuce}, {@code #irritant}…), a who-does question
 * ("qui valide…", "who approves…"), a who-knows question (a team qualifier kept apart), an
 * insight heading ("Astuce :", "TIL"), a pain phrase ("c'est galère", "such a pain"), a short
 * thank-you, small talk ("bonjour", "ça va ?", "ok"), a question, and chatter for the rest. Phrases
 * come from both languages' lexicons whatever the detected language, because people mix them.
 */
public final class MessageReader {

    // Emoji and :shortcodes: after a '?' do not stop it being a question: "ça marche comment ? 🤔"
    private static final Pattern TRAILING_DECORATION =
            Pattern.compile("(?:[\\p{So}\\p{Sk}\\p{Cf}\\p{M}\\s]|:[a-z0-9_+-]+:)+$");

    private final LanguageDetector detector;
    private final Lexicon lexicon = Lexicon.bilingual();
    private final WhoKnowsFinder whoKnows = new WhoKnowsFinder(lexicon);
    private final ConfirmationRule confirmation = new ConfirmationRule(lexicon);
    private final TeamQualifier teams = new TeamQualifier(lexicon, whoKnows);
    private final SmallTalkRule smallTalk = new SmallTalkRule(lexicon);
    private final SelfAnswerRule selfAnswers = new SelfAnswerRule(lexicon, confirmation);

    public MessageReader(LanguageDetector detector) {
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** Reads a message's text; surrounding whitespace is dropped from any text kept in the intent. */
    public Understanding read(String text) {
        String message = text.strip();
        Hashtags hashtags = Hashtags.in(message, lexicon);
        String selfAnswer = hashtags.kind() == null ? selfAnswers.answerIn(FoldedText.of(message)) : null;
        // A mass mention says who should read, not what is asked: it is left out of what a question or topic holds.
        String meant = hashtags.kind() == null ? Echo.withoutMassMentions(message) : message;
        return new Understanding(detector.detect(message), intentOf(meant, hashtags), hashtags.topics(), selfAnswer);
    }

    private Intent intentOf(String message, Hashtags hashtags) {
        if (hashtags.kind() != null) {
            return tagged(hashtags.kind(), hashtags.textWithoutKindTags());
        }
        FoldedText folded = FoldedText.of(message);
        String job = whoKnows.jobIn(folded);
        if (job != null) {
            return new WhoDoes(message, job);
        }
        TeamQualifier.Read qualified = teams.in(folded);
        if (qualified != null) {
            return new WhoKnows(qualified.topic(), qualified.team());
        }
        String topic = whoKnows.topicIn(folded);
        if (topic != null) {
            return new WhoKnows(topic);
        }
        if (isInsight(folded)) {
            return new Insight(message, false);
        }
        if (containsAny(folded, Section.PAIN_PHRASES)) {
            return new PainPoint(message, false);
        }
        if (confirmation.confirms(message, folded)) {
            return new Confirmation();
        }
        SmallTalk.@Nullable Kind small = smallTalk.kindOf(folded);
        if (small != null) {
            return new SmallTalk(small);
        }
        return isQuestion(message, folded) ? new Question(message) : new Chatter();
    }

    private static Intent tagged(Hashtags.Kind kind, String text) {
        if (text.isBlank()) {
            return new Chatter(); // a bare "#faq" leaves nothing to capture
        }
        return switch (kind) {
            case FAQ -> faq(text);
            case INSIGHT -> new Insight(text, true);
            case PAIN_POINT -> new PainPoint(text, true);
        };
    }

    /** "question | answer", else "question? answer", else a question still waiting for its answer. */
    private static Faq faq(String text) {
        int pipe = text.indexOf('|');
        int mark = text.indexOf('?');
        int split = pipe >= 0 ? pipe : mark + 1;
        if (pipe < 0 && (mark < 0 || text.substring(split).isBlank())) {
            return new Faq(text, null, true);
        }
        String answer = text.substring(pipe >= 0 ? pipe + 1 : split).strip();
        return new Faq(text.substring(0, split).strip(), answer.isEmpty() ? null : answer, true);
    }

    private boolean isInsight(FoldedText folded) {
        for (String heading : lexicon.phrases(Section.INSIGHT_HEADINGS)) {
            if (folded.startsWith(heading)) {
                String after = folded.original(heading.length(), folded.text().length()).stripLeading();
                if (!after.isEmpty() && ":-–—".indexOf(after.charAt(0)) >= 0) {
                    return true; // "Conseil : …" is a tip, "Conseil d'administration jeudi" is not
                }
            }
        }
        return lexicon.phrases(Section.INSIGHT_OPENERS).stream().anyMatch(folded::startsWith);
    }

    /**
     * Ends with '?', or opens with an interrogative and is not closed like a statement ('.') or an
     * exclamation ('!'): "Quelle journée !" and "When in doubt, ask." are not questions.
     */
    private boolean isQuestion(String message, FoldedText folded) {
        String end = TRAILING_DECORATION.matcher(message).replaceAll("");
        if (end.endsWith("?")) {
            return true;
        }
        if (end.endsWith("!") || end.endsWith(".") || containsAtStart(folded, Section.NOT_QUESTION_OPENERS)) {
            return false;
        }
        return containsAtStart(folded, Section.QUESTION_OPENERS);
    }

    private boolean containsAny(FoldedText folded, Section section) {
        return lexicon.phrases(section).stream().anyMatch(folded::contains);
    }

    private boolean containsAtStart(FoldedText folded, Section section) {
        return lexicon.phrases(section).stream().anyMatch(folded::startsWith);
    }
}
