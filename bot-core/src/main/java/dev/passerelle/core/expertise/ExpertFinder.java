package dev.passerelle.core.expertise;

import dev.passerelle.core.people.Hidden;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.DocStatus;
import dev.passerelle.core.search.DocType;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Folding;
import dev.passerelle.core.vocabulary.Language;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks people for a topic or a question from what they did, as a document-centric vote (Macdonald and Ounis's
 * voting model): one BM25 search over all the text's meaningful words finds the evidence, each piece votes for its
 * author with its relevance times what its role says of them (an answer the asker confirmed says most, asking or
 * complaining next to nothing) times its freshness, and a person's top pieces add up.
 *
 * <p>"Who knows X?" and "these people may know" are the same ranking. A person is only named when one piece of
 * their knowledge holds enough of the text's weight ({@link Hit#matched}): as much as one of its words on average,
 * so someone who once wrote "jours" (a common word) is not suggested for "combien de jours de congés ?", while a long
 * question needs no piece to hold most of it. Complaining alone never names anyone. People who asked to hide a topic, or their whole profile, are left out wherever they would appear.
 */
public final class ExpertFinder {

    /** Questions asked are not searched: asking shows a need, and would only crowd the candidates out. */
    static final Set<DocKind> EVIDENCE_KINDS =
            Set.of(DocKind.FAQ, DocKind.INSIGHT, DocKind.PAIN_POINT, DocKind.ANSWER, DocKind.SKILL);
    /** Kinds that show knowledge; a person needs at least one such piece to be named. */
    static final Set<DocKind> KNOWLEDGE_KINDS = Set.of(DocKind.FAQ, DocKind.INSIGHT, DocKind.ANSWER, DocKind.SKILL);
    private static final int HIDDEN_HITS = 1000;
    /** Evidence of a hidden topic is what "who knows <topic>" would find: most of the topic's words. */
    private static final double HIDDEN_MATCH = 0.5;
    private static final double RECENCY_FLOOR = 0.35;
    /** However long the text, a person's best piece need not hold more than this share of it. */
    private static final double MAX_REQUIRED = 0.5;
    private static final int PROOFS = 3;

    /** How a person's pieces of evidence add up. */
    public enum Voting {
        /** The sum of their top pieces' votes. */
        COMB_SUM,
        /** The sum of the exponentials of their top pieces' votes, times how many there are. */
        EXP_COMB_MNZ
    }

    /**
     * The ranking's knobs, chosen by measurement ({@code bench}, {@code ExpertQuality}).
     *
     * @param voting         how pieces add up
     * @param topEvidence    how many of a person's pieces count
     * @param wordsWorth     how many of the text's words (an average word's weight each) a person's best piece must
     *                       hold for them to be named; never more than half the text
     * @param sharpness      relevance is (score / best score) to this power: 0 ignores how well a piece matches
     * @param candidates     how many pieces of evidence the search brings back: 300 ranks the first people about as
     *                       1,000 did on the expert sets (MRR the same or better but for long Stack Exchange questions,
     *                       0.478 to 0.468; {@code docs/performance.md}) for a third of the hits to read
     */
    public record Tuning(Voting voting, int topEvidence, double wordsWorth, double sharpness, int candidates) {
        public static final Tuning DEFAULT = new Tuning(Voting.COMB_SUM, 100, 0.9, 1.0, 300);

        public Tuning {
            if (topEvidence < 1 || candidates < 1 || wordsWorth < 0 || sharpness < 0) {
                throw new IllegalArgumentException("topEvidence and candidates must be positive, wordsWorth not negative");
            }
        }
    }

    private final KnowledgeIndex index;
    private final PeopleRepository people;
    private final Duration halfLife;
    private final Tuning tuning;
    private final Clock clock;

    public ExpertFinder(KnowledgeIndex index, PeopleRepository people, Duration halfLife, Clock clock) {
        this(index, people, halfLife, Tuning.DEFAULT, clock);
    }

    public ExpertFinder(KnowledgeIndex index, PeopleRepository people, Duration halfLife, Tuning tuning, Clock clock) {
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("the half-life of evidence must be positive");
        }
        this.index = index;
        this.people = people;
        this.halfLife = halfLife;
        this.tuning = tuning;
        this.clock = clock;
    }

    /** A ranked person with their strongest pieces of knowledge (never a complaint), strongest first. */
    public record Expert(long personId, double score, List<Hit> proofs) {}

    /** "Who knows about {@code topic}?" */
    public List<Expert> find(String topic, Language language, Audience audience, long excludedPerson, int limit) {
        return rank(topic, language, audience, excludedPerson, limit);
    }

    /** People who may help with a question nothing answered: the same ranking as {@link #find}. */
    public List<Expert> suggest(String question, Language language, Audience audience, long excludedPerson, int limit) {
        return rank(question, language, audience, excludedPerson, limit);
    }

    private List<Expert> rank(String text, Language language, Audience audience, long excludedPerson, int limit) {
        List<Hit> hits = index.search(new SearchQuery(text, language, audience, EVIDENCE_KINDS, tuning.candidates(), 0));
        double best = hits.stream().mapToDouble(Hit::score).max().orElse(1);
        Map<Long, List<Scored>> byPerson = new LinkedHashMap<>();
        for (Hit hit : hits) {
            if (hit.personId() == excludedPerson || hit.status() == DocStatus.ARCHIVED) {
                continue;
            }
            double vote = Math.pow(hit.score() / best, tuning.sharpness()) * weight(hit.kind(), hit.status())
                    * recency(hit.kind(), hit.updatedAtMillis(), clock, halfLife);
            byPerson.computeIfAbsent(hit.personId(), id -> new ArrayList<>()).add(new Scored(hit, vote));
        }
        double required = Math.min(MAX_REQUIRED, tuning.wordsWorth() / Math.max(1, index.meaningfulWords(text, language)));
        byPerson.values().removeIf(pieces -> pieces.stream().noneMatch(piece -> strong(piece, required)));
        withoutHidden(byPerson, text, language, audience, required);
        return byPerson.entrySet().stream()
                .map(e -> expert(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Expert::score).reversed().thenComparingLong(Expert::personId))
                .limit(limit)
                .toList();
    }

    /**
     * Leaves out people who hide everything, people who hide a topic the text speaks of, and, for the others, the
     * evidence of the topics they hide (what "who knows <topic>" would find of theirs).
     */
    private void withoutHidden(Map<Long, List<Scored>> byPerson, String text, Language language, Audience audience,
            double required) {
        if (byPerson.isEmpty()) {
            return;
        }
        Map<Long, Hidden> hidden = people.hidden(byPerson.keySet());
        Set<String> words = words(text);
        hidden.forEach((person, what) -> {
            if (what.everything() || what.topics().stream().anyMatch(topic -> mentions(words, topic))) {
                byPerson.remove(person);
                return;
            }
            Set<Key> hiddenEvidence = new HashSet<>();
            for (String topic : what.topics()) {
                index.search(new SearchQuery(topic, language, audience, EVIDENCE_KINDS, HIDDEN_HITS, HIDDEN_MATCH))
                        .stream().filter(hit -> hit.personId() == person)
                        .forEach(hit -> hiddenEvidence.add(new Key(hit.type(), hit.id())));
            }
            List<Scored> pieces = byPerson.get(person);
            pieces.removeIf(piece -> hiddenEvidence.contains(new Key(piece.hit().type(), piece.hit().id())));
            if (pieces.stream().noneMatch(piece -> strong(piece, required))) {
                byPerson.remove(person);
            }
        });
    }

    /** A piece that can name its author: knowledge (not a complaint) holding enough of the text. */
    private static boolean strong(Scored piece, double required) {
        return KNOWLEDGE_KINDS.contains(piece.hit().kind()) && piece.hit().matched() >= required;
    }

    /** Whether the text names the topic: each of the topic's words begins a word of the text (case and accents aside). */
    static boolean mentions(Set<String> textWords, String topic) {
        Set<String> topicWords = new HashSet<>(words(topic));
        if (topicWords.stream().anyMatch(word -> word.length() > 2)) {
            topicWords.removeIf(word -> word.length() <= 2);
        }
        return !topicWords.isEmpty() && topicWords.stream()
                .allMatch(word -> textWords.stream().anyMatch(w -> w.startsWith(word) || word.startsWith(w)
                        && w.length() >= Math.max(3, word.length() - 2)));
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(Folding.caseAndAccents(text).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }

    private Expert expert(long personId, List<Scored> pieces) {
        pieces.sort(Comparator.comparingDouble(Scored::vote).reversed());
        List<Scored> top = pieces.subList(0, Math.min(pieces.size(), tuning.topEvidence()));
        double total = switch (tuning.voting()) {
            case COMB_SUM -> top.stream().mapToDouble(Scored::vote).sum();
            case EXP_COMB_MNZ -> top.size() * top.stream().mapToDouble(piece -> Math.exp(piece.vote())).sum();
        };
        return new Expert(personId, Math.round(total * 1000) / 1000.0,
                pieces.stream().filter(piece -> KNOWLEDGE_KINDS.contains(piece.hit().kind())).limit(PROOFS)
                        .map(Scored::hit).toList());
    }

    /**
     * What one piece of evidence says of its author, before its relevance and its age. Solving someone's problem
     * says most, then answering, then writing knowledge down, then saying one knows; a manager's endorsement would
     * sit below a declared skill. Asking or complaining shows a need, not knowledge: next to nothing.
     */
    static double weight(DocKind kind, DocStatus status) {
        return switch (kind) {
            case ANSWER -> status == DocStatus.CONFIRMED ? 4.0 : 3.0;
            case FAQ -> status == DocStatus.VERIFIED ? 2.6 : 2.2;
            case INSIGHT -> status == DocStatus.VERIFIED ? 2.4 : 2.0;
            case SKILL -> 1.2;
            case PAIN_POINT -> 0.05;
            case QUESTION -> 0.02;
        };
    }

    /**
     * Knowledge goes out of date: evidence halves in weight every half-life, but an old answer still says more
     * than nothing, hence the floor. A declared skill stands until its owner removes it, so it does not fade.
     */
    static double recency(DocKind kind, long updatedAtMillis, Clock clock, Duration halfLife) {
        return switch (kind) {
            case SKILL -> 1;
            case FAQ, INSIGHT, PAIN_POINT, QUESTION, ANSWER -> {
                double age = Math.max(0, clock.millis() - updatedAtMillis);
                yield Math.max(RECENCY_FLOOR, Math.pow(0.5, age / halfLife.toMillis()));
            }
        };
    }

    private record Scored(Hit hit, double vote) {}

    private record Key(DocType type, long id) {}
}
