package dev.passerelle.core.knowledge;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.Turn;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Folding;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Learns the ways people ask: the bot remembers which question led it to show which entries; when the asker then
 * confirms one (Helpful under it, a check mark on the bot's answer, or thanks right after it), their question becomes
 * an alternate question of that entry, which search matches like its title, so the next paraphrase finds it.
 *
 * <p>Helpful names its entry. A check mark or thanks names only the reply: it teaches the reply's first entry when
 * that reply was the bot's answer or a single suggestion; on several suggestions it cannot tell which one helped, so
 * it teaches none and the asker is told to press Helpful under the one that did (on Slack and Teams alike).
 *
 * <p>Privacy: an alternate is the asker's own words, indexed with the entry and matched for everyone who sees the
 * entry. So a question is learned only where all of them could have read it: asked in a public channel (anyone may
 * read it), or asked in the very conversation the entry belongs to. A question asked in a DM or a private channel
 * never teaches an entry of another scope, a public one included.
 *
 * <p>An entry keeps its first {@value #MOST_ALTERNATES} alternates, at most {@value #MOST_PER_PERSON} from one
 * person: the first confirmed phrasings are as good as later ones, the index stays stable, and nobody can crowd out
 * the others by clicking Helpful on many odd questions. A question folded equal to the title or to a known alternate
 * teaches nothing.
 */
public final class AskedWays {

    static final int MOST_ALTERNATES = 20;
    static final int MOST_PER_PERSON = 3;
    /** Thanks count for the bot's latest reply in the same conversation and thread, if it is this recent. */
    static final Duration THANKS_WITHIN = Duration.ofMinutes(10);
    /** A button or a check mark may come later; the bot's answer is still on screen. */
    static final Duration CONFIRMATION_WITHIN = Duration.ofDays(1);
    /** What is shown is remembered no longer than a confirmation may take (plus slack for late clicks). */
    static final Duration REMEMBERED = Duration.ofDays(3);
    private static final int LONGEST_QUESTION = 500;

    private final EntryRepository entries;
    private final ShownAnswerRepository shown;

    public AskedWays(EntryRepository entries, ShownAnswerRepository shown) {
        this.entries = entries;
        this.shown = shown;
    }

    /** What a check mark or thanks on the bot's reply led to. */
    public enum Confirmed {
        /** The question became another way of asking the reply's entry. */
        LEARNED,
        /** The reply offered several suggestions: Helpful under one of them says which. */
        WHICH_ONE,
        /** Nothing to learn: not the bot's latest reply to them, nothing shown, or already known. */
        NOTHING
    }

    /**
     * The bot replies to this question with these entries, best first (none: it found nothing), as its answer
     * ({@code confident}) or as suggestions.
     */
    public void shown(Asker asker, String question, List<Entry> answers, boolean confident) {
        Turn in = asker.turn();
        String text = question.strip();
        String kept = text.length() <= LONGEST_QUESTION ? text : text.substring(0, LONGEST_QUESTION);
        List<ShownAnswer> rows = answers.isEmpty()
                ? List.of(row(asker, null, 0, kept, false))
                : IntStream.range(0, answers.size())
                        .mapToObj(i -> row(asker, answers.get(i).id(), i, kept, confident)).toList();
        shown.record(rows, in.time().minus(REMEMBERED));
    }

    /** Helpful pressed under an entry shown to this person here: true when their question was learned. */
    public boolean helpful(Asker asker, long entryId) {
        Turn in = asker.turn();
        return shown.lastShown(asker.person().id(), in.channelRef().key(), entryId,
                        in.time().minus(CONFIRMATION_WITHIN))
                .map(answer -> learn(answer, in.time()))
                .orElse(false);
    }

    /**
     * A check mark on the bot's answer. The core does not know the id of the message the bot posted, so the
     * reacted message counts as that answer when it is the latest reply to the reactor in this conversation and
     * thread and names the entry it showed first ({@code #12}).
     */
    public Confirmed confirmed(Asker reactor, Reaction reaction) {
        List<ShownAnswer> reply = shown.lastReply(reactor.person().id(), reaction.channel().key(), reaction.thread(),
                reaction.time().minus(CONFIRMATION_WITHIN));
        boolean onThatReply = !reply.isEmpty() && reply.getFirst().entryId() != null
                && namesEntry(reaction.text(), reply.getFirst().entryId());
        return onThatReply ? confirm(reply, reaction.time()) : Confirmed.NOTHING;
    }

    /** "merci" / "thanks" from the asker, when it followed the bot's reply closely enough to be about it. */
    public Confirmed thanked(Asker asker) {
        Turn in = asker.turn();
        List<ShownAnswer> reply = shown.lastReply(asker.person().id(), in.channelRef().key(), in.thread(),
                in.time().minus(THANKS_WITHIN));
        boolean after = !reply.isEmpty() && reply.getFirst().entryId() != null
                && !reply.getFirst().at().isAfter(in.time());
        return after ? confirm(reply, in.time()) : Confirmed.NOTHING;
    }

    /** The reply's first entry is learned when it is the only one the confirmation can be about. */
    private Confirmed confirm(List<ShownAnswer> reply, Instant at) {
        ShownAnswer first = reply.getFirst();
        if (!first.confident() && reply.size() > 1) {
            return Confirmed.WHICH_ONE;
        }
        return learn(first, at) ? Confirmed.LEARNED : Confirmed.NOTHING;
    }

    /** Case, accents, punctuation and spacing ignored: "Wi-Fi ?" and "wi fi" are one way of asking. */
    static String fold(String text) {
        return Folding.caseAndAccents(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether words asked in this conversation may be matched by everyone who sees this entry (see above). */
    static boolean mayLearn(Entry entry, ShownAnswer answer) {
        return !answer.restricted() || entry.channelKey().equals(answer.channelKey());
    }

    private boolean learn(ShownAnswer answer, Instant at) {
        Optional<Entry> found = entries.find(answer.entryId());
        if (found.isEmpty() || !learnable(found.get()) || !mayLearn(found.get(), answer)) {
            return false;
        }
        Entry entry = found.get();
        String folded = fold(answer.question());
        List<AlternateQuestion> known = entries.alternates(entry.id());
        if (folded.isEmpty() || folded.equals(fold(entry.title()))
                || known.stream().anyMatch(alternate -> alternate.folded().equals(folded))
                || known.size() >= MOST_ALTERNATES
                || known.stream().filter(alternate -> alternate.personId() == answer.personId()).count()
                        >= MOST_PER_PERSON) {
            return false;
        }
        return entries.addAlternate(entry.id(), new AlternateQuestion(answer.question(), folded, answer.language(),
                answer.personId(), at));
    }

    /** Answers only: a knowledge gap is a question, not a way of asking for an answer; archived ones are gone. */
    private static boolean learnable(Entry entry) {
        return entry.kind() != EntryKind.QUESTION && entry.status() != EntryStatus.ARCHIVED;
    }

    private static boolean namesEntry(String text, long entryId) {
        return Pattern.compile("#" + entryId + "(?!\\d)").matcher(text).find();
    }

    private static ShownAnswer row(Asker asker, Long entryId, int ordinal, String question, boolean confident) {
        Turn in = asker.turn();
        return new ShownAnswer(asker.person().id(), in.channelRef().key(), in.channelType().restricted(),
                asker.replyThread(), entryId, ordinal, question, asker.language(), in.time(), confident);
    }
}
