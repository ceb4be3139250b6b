package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.PainStatus;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Turn;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Outcome.Captured;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.search.SimilarHits;
import dev.passerelle.core.search.TextWords;
import dev.passerelle.core.understanding.PainPhrases;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns FAQs, insights and pain points said in chat into entries. A pain point that restates an
 * open one the author can see becomes a +1 on it rather than a duplicate; a question asked again,
 * near-identically, in the same scope as an open gap becomes one more ask of that gap.
 */
public final class Capture {

    /**
     * An open pain point is "the same" only when the two say the same problem both ways: most of the
     * new one's meaningful words are in it ({@value #SAME_PAIN_NEW_SHARE}) and most of its words are in
     * the new one ({@value #SAME_PAIN_OLD_SHARE}), the words that only complain ("c'est galère", "so
     * frustrating") left out. Sharing a complaint, or a word or two, is no longer enough: a printer that
     * jams and a password that expires are two problems. A wrong +1 can be taken back (/kb unvote).
     */
    private static final double SAME_PAIN_NEW_SHARE = 0.6;
    private static final double SAME_PAIN_OLD_SHARE = 0.5;
    private static final int SAME_PAIN_WORDS = 2;
    private static final int SAME_PAIN_CANDIDATES = 5;
    private static final int GAP_CANDIDATES = 10;

    private final EntryRepository entries;
    private final KnowledgeIndex index;
    private final TextWords words;
    private final PainPhrases painPhrases = new PainPhrases();
    private final SameQuestions sameQuestions;

    public Capture(EntryRepository entries, KnowledgeIndex index, TextWords words) {
        this.entries = entries;
        this.index = index;
        this.words = words;
        this.sameQuestions = new SameQuestions(index);
    }

    public Outcome faq(Asker asker, String question, @Nullable String answer, List<String> tags) {
        if (answer == null || answer.isBlank()) {
            return Outcome.refused(asker.say("capture.faqNoAnswer"));
        }
        EntryStatus status = asker.role().curates() ? EntryStatus.VERIFIED : EntryStatus.DRAFT;
        Entry entry = entries.insert(newEntry(asker, EntryKind.FAQ, status, question, answer, tags));
        return saved(asker, entry, status == EntryStatus.VERIFIED ? "capture.faqVerified" : "capture.faq");
    }

    public Outcome insight(Asker asker, String text, List<String> tags) {
        EntryStatus status = asker.role().curates() ? EntryStatus.VERIFIED : EntryStatus.DRAFT;
        Entry entry = entries.insert(newEntry(asker, EntryKind.INSIGHT, status, text, null, tags));
        return saved(asker, entry, "capture.insight");
    }

    public Outcome painPoint(Asker asker, String text, List<String> tags) {
        Optional<Entry> same = openPainPointLike(asker, text);
        if (same.isPresent()) {
            Entry existing = same.get();
            boolean counted = entries.addVote(existing.id(), asker.person().id(), asker.turn().time());
            Entry now = entries.find(existing.id()).orElse(existing);
            // Matched from the words said, not pointed at: say how to take the +1 back if it went astray.
            String key = counted ? "capture.voteUndo" : "capture.voteAgain";
            return new Outcome(List.of(Reply.ephemeral(asker.say(key, String.valueOf(now.id()), now.votes(),
                    Cards.preview(now.title())))), List.of(captured(now)), null);
        }
        Entry entry = entries.insert(newEntry(asker, EntryKind.PAIN_POINT, EntryStatus.DRAFT, text, null, tags));
        entries.addVote(entry.id(), asker.person().id(), asker.turn().time());
        return saved(asker, entries.find(entry.id()).orElse(entry), "capture.pain");
    }

    /**
     * Saves someone else's message on a curator's request ("Save to Passerelle", 💡): the message
     * is the source and its author the author; the saver is told.
     */
    public Outcome saveMessage(Asker saver, long authorId, EntryKind kind, String title, @Nullable String body,
            List<String> tags, String messageId, @Nullable String thread) {
        Turn in = saver.turn();
        Optional<Entry> already = entries.findBySource(in.channelRef().key(), messageId, kind);
        if (already.isPresent()) {
            return saved(saver, already.get(), "capture.already");
        }
        if (kind == EntryKind.FAQ && (body == null || body.isBlank())) {
            return Outcome.refused(saver.say("capture.faqNoAnswer"));
        }
        EntryStatus status = kind == EntryKind.PAIN_POINT || !saver.role().curates() ? EntryStatus.DRAFT
                : EntryStatus.VERIFIED;
        Entry inserted = entries.insert(new NewEntry(kind, status, title, body, saver.language(), authorId,
                in.channelRef().key(), in.channelType().restricted(), messageId, thread, tags, in.time()));
        if (kind == EntryKind.PAIN_POINT) {
            // As when captured from chat: the person who hit the problem backs it.
            entries.addVote(inserted.id(), authorId, in.time());
        }
        Entry entry = entries.find(inserted.id()).orElse(inserted);
        return saved(saver, entry, switch (kind) {
            case FAQ -> status == EntryStatus.VERIFIED ? "capture.faqVerified" : "capture.faq";
            case INSIGHT -> "capture.insight";
            case PAIN_POINT -> "capture.pain";
            case QUESTION -> "capture.question";
        });
    }

    /**
     * Keeps an unanswered question, silently: a knowledge gap, and a root for thread answers. Its votes count the
     * people who asked it. Asked again with the same meaningful words ({@link KnowledgeIndex#sameMeaningfulWords})
     * while a gap of the same scope is open, it is folded into that gap: one more asker, and the message leads to
     * the gap ({@link EntryRepository#addAsk}). Scopes never mix: a public gap takes public asks only, a private
     * channel's or a DM's gap asks from that conversation only, so nobody learns what was asked where they are not.
     */
    public Entry question(Asker asker, String text) {
        Turn in = asker.turn();
        Optional<Entry> already = entries.findBySource(in.channelRef().key(), in.messageId(), EntryKind.QUESTION);
        if (already.isPresent()) {
            return already.get();
        }
        Optional<Entry> same = openGapLike(asker, text);
        Entry gap = same.orElseGet(() -> entries.insert(newEntry(asker, EntryKind.QUESTION, EntryStatus.OPEN, text,
                null, List.of())));
        if (same.isPresent()) {
            entries.addAsk(gap.id(), asker.person().id(), in.channelRef().key(), in.messageId(), in.thread(), in.time(),
                    text);
        }
        entries.addVote(gap.id(), asker.person().id(), in.time());
        return entries.find(gap.id()).orElse(gap);
    }

    /**
     * An open gap asked in the same scope with the same meaningful words, strictly: not merely related. The index
     * is read as it shows now ({@link KnowledgeIndex#similar}), and the questions changed since, which it may not
     * show yet (the one asked a moment ago, or earlier in the same transaction), are checked here, word for word;
     * asked in the other language, the same words through their translations ({@link SameQuestions#sameWords}).
     */
    private Optional<Entry> openGapLike(Asker asker, String text) {
        SimilarHits found = index.similar(new SearchQuery(text, asker.language(), asker.audience(),
                Set.of(DocKind.QUESTION), GAP_CANDIDATES, 1.0));
        List<Entry> unseen = entries.changedAfter(found.seenUpTo(), EntryKind.QUESTION);
        java.util.function.Predicate<Entry> sameScope = sameGapScope(asker);
        List<TextWords.Word> said = words.of(text, asker.language());
        java.util.Set<Long> hit = found.hits().stream().map(h -> h.id()).collect(java.util.stream.Collectors.toSet());
        return candidates(found, unseen).stream()
                .filter(sameScope)
                // The same meaningful words share a word: a cheap first sieve for the entries the index did not find.
                .filter(e -> hit.contains(e.id()) || sharesWord(said, wordsOf(e)))
                .filter(e -> sameQuestions.sameWords(text, asker.language(), e))
                .min(Comparator.comparingLong(Entry::id))
                .or(() -> reworded(asker, text, unseen.stream().filter(sameScope).toList()));
    }

    /** A gap that this asker's question may fold into: open, of the same scope, and one the asker can see. */
    private static java.util.function.Predicate<Entry> sameGapScope(Asker asker) {
        Turn in = asker.turn();
        boolean restricted = in.channelType().restricted();
        return e -> e.kind() == EntryKind.QUESTION && e.status() == EntryStatus.OPEN && e.restricted() == restricted
                && (!restricted || e.channelKey().equals(in.channelRef().key()))
                && asker.audience().sees(e.channelKey(), e.restricted());
    }

    /** The entries the lookup found, as they are now, and those changed since its view: each once, by id. */
    private List<Entry> candidates(SimilarHits found, List<Entry> unseen) {
        java.util.Map<Long, Entry> byId = new java.util.LinkedHashMap<>();
        entries.findAll(found.hits().stream().map(h -> h.id()).toList()).forEach(e -> byId.put(e.id(), e));
        unseen.forEach(e -> byId.put(e.id(), e));
        return List.copyOf(byId.values());
    }

    /**
     * An open gap of the same scope that the answer matcher is sure this reworded question asks again. The matcher
     * scores against the index; when a gap the index may not show yet shares a word with the question, the index
     * is refreshed first so that it is scored too, otherwise its view as it is does.
     */
    private Optional<Entry> reworded(Asker asker, String text, List<Entry> unseenInScope) {
        java.util.function.Predicate<Entry> sameScope = sameGapScope(asker);
        List<TextWords.Word> said = words.of(text, asker.language());
        boolean fresh = unseenInScope.stream().anyMatch(e -> sharesWord(said, wordsOf(e)));
        return sameQuestions.sameAs(text, asker.language(), asker.audience(),
                ids -> entries.findAll(ids).stream().filter(sameScope)
                        .collect(java.util.stream.Collectors.toMap(Entry::id, e -> e, (one, other) -> one)),
                -1, fresh);
    }

    /**
     * The words of an entry's title, kept for the entries changed lately: until the index shows them, every capture
     * checks them again.
     */
    private List<TextWords.Word> wordsOf(Entry entry) {
        synchronized (recentWords) {
            TitleWords kept = recentWords.get(entry.id());
            if (kept != null && kept.title().equals(entry.title()) && kept.language() == entry.language()) {
                return kept.words();
            }
        }
        List<TextWords.Word> read = words.of(entry.title(), entry.language());
        synchronized (recentWords) {
            recentWords.put(entry.id(), new TitleWords(entry.title(), entry.language(), read));
        }
        return read;
    }

    private record TitleWords(String title, dev.passerelle.core.vocabulary.Language language, List<TextWords.Word> words) {}

    private static final int RECENT_WORDS = 512;
    private final java.util.Map<Long, TitleWords> recentWords = new java.util.LinkedHashMap<>(RECENT_WORDS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, TitleWords> eldest) {
            return size() > RECENT_WORDS;
        }
    };

    private static boolean sharesWord(List<TextWords.Word> said, List<TextWords.Word> other) {
        return said.stream().anyMatch(word -> other.stream().anyMatch(word::sameAs));
    }

    private Optional<Entry> openPainPointLike(Asker asker, String text) {
        String problem = painPhrases.problemIn(text);
        List<TextWords.Word> said = words.of(problem, asker.language());
        if (said.isEmpty()) {
            return Optional.empty();
        }
        // As for gaps: the index as it shows now, and the pain points changed since checked here.
        SimilarHits found = index.similar(new SearchQuery(problem, asker.language(), asker.audience(),
                Set.of(DocKind.PAIN_POINT), SAME_PAIN_CANDIDATES, SAME_PAIN_NEW_SHARE, SAME_PAIN_WORDS));
        return candidates(found, entries.changedAfter(found.seenUpTo(), EntryKind.PAIN_POINT)).stream()
                .filter(e -> e.kind() == EntryKind.PAIN_POINT && e.painStatus() == PainStatus.OPEN && e.status() != EntryStatus.ARCHIVED)
                .filter(e -> asker.audience().sees(e.channelKey(), e.restricted()))
                .filter(e -> sameProblem(said, words.of(painPhrases.problemIn(e.title()), e.language())))
                .findFirst();
    }

    private static boolean sameProblem(List<TextWords.Word> said, List<TextWords.Word> existing) {
        long matched = said.stream().filter(word -> existing.stream().anyMatch(word::sameAs)).count();
        long matchedBack = existing.stream().filter(word -> said.stream().anyMatch(word::sameAs)).count();
        long needed = Math.min(SAME_PAIN_WORDS, Math.min(said.size(), existing.size()));
        return !existing.isEmpty() && matched >= needed
                && matched >= SAME_PAIN_NEW_SHARE * said.size() && matchedBack >= SAME_PAIN_OLD_SHARE * existing.size();
    }

    private static NewEntry newEntry(Asker asker, EntryKind kind, EntryStatus status, String title,
            @Nullable String body, List<String> tags) {
        Turn in = asker.turn();
        return new NewEntry(kind, status, title, body, asker.language(), asker.person().id(), in.channelRef().key(),
                in.channelType().restricted(), in.messageId(), in.thread(), tags, in.time());
    }

    private static Outcome saved(Asker asker, Entry entry, String key) {
        return new Outcome(List.of(Reply.ephemeral(asker.say(key, String.valueOf(entry.id())))), List.of(captured(entry)),
                null);
    }

    public static Captured captured(Entry entry) {
        return new Captured(entry.id(), entry.kind(), entry.status());
    }
}
