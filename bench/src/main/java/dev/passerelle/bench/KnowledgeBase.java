package dev.passerelle.bench;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.bot.InboxSettings;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.knowledge.Answers;
import dev.passerelle.core.knowledge.Confidence;
import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.lucene.FieldWeights;
import dev.passerelle.core.search.lucene.LuceneIndex;
import dev.passerelle.core.store.StoreIndexSource;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A throw-away Passerelle ({@link Passerelle#open}: SQLite store, Lucene index, the bot and its inbox) in a fresh
 * temporary directory, filled with verified public FAQs, then asked questions the way people ask the bot. Closing
 * it deletes the directory.
 *
 * <p>Two readings: {@link #rank} is the index's own BM25 order (how good the ranking is), {@link #shown} is what
 * the bot shows in answer to a direct message (how good the answer is), read by {@link Shown#of}.
 */
final class KnowledgeBase implements AutoCloseable {

    /** One FAQ to index: {@code key} is the dataset's id, used to judge relevance. */
    record Faq(String key, String question, String answer) {}

    private static final Set<DocKind> FAQ_ONLY = Set.of(DocKind.FAQ);
    private static final Sender ASKER = new Sender("bench-asker", "Bench Asker", null, null);

    private final Path dir;
    private final Passerelle passerelle;
    private final Language language;
    private final Map<Long, String> keys = new HashMap<>();
    private final Map<Long, String> titles = new HashMap<>();
    /** The index searched by {@link #rank} and {@link #ranked}: the bot's own, or one with other field weights. */
    private KnowledgeIndex searched;
    private Answers answers;
    private long asked;
    private long storeNanos;
    private long indexNanos;

    private KnowledgeBase(Path dir, Language language, SynonymSettings synonyms) {
        this.dir = dir;
        this.language = language;
        // No per-person limit: one asker sends thousands of questions in a row.
        this.passerelle = Passerelle.open(dir, Settings.defaults(),
                new InboxSettings(InboxSettings.DEFAULT_RETENTION, 0), synonyms, Clock.systemUTC());
        this.searched = passerelle.index();
        this.answers = new Answers(passerelle.store().entries(), searched, Clock.systemUTC());
    }

    /**
     * Stores the FAQs in one transaction, then lets the index catch up, timing both steps; words expand with the
     * built-in vocabulary only, what the bot has on every machine.
     */
    static KnowledgeBase build(String name, Language language, List<Faq> faqs) {
        return build(name, language, faqs, SynonymSettings.builtIn());
    }

    /** As {@link #build(String, Language, List)}, the index and the bot expanding words from {@code synonyms}. */
    static KnowledgeBase build(String name, Language language, List<Faq> faqs, SynonymSettings synonyms) {
        Path dir = ThrowAway.directory("passerelle-bench-" + name + "-");
        KnowledgeBase kb = new KnowledgeBase(dir, language, synonyms);
        try {
            kb.load(faqs);
        } catch (RuntimeException e) {
            kb.close();
            throw e;
        }
        return kb;
    }

    private void load(List<Faq> faqs) {
        long start = System.nanoTime();
        ThrowAway.storeFaqs(passerelle.store(), language, faqs).forEach((id, faq) -> {
            keys.put(id, faq.key());
            titles.put(id, faq.question());
        });
        long stored = System.nanoTime();
        passerelle.index().catchUp();
        storeNanos = stored - start;
        indexNanos = System.nanoTime() - stored;
    }

    int size() {
        return keys.size();
    }

    double storeSeconds() {
        return storeNanos / 1e9;
    }

    double indexSeconds() {
        return indexNanos / 1e9;
    }

    /**
     * Searches from now on with these field weights, in an index of their own rebuilt from the store's change log
     * (what tuning them compares); {@link #shown} still asks the bot, with its tuned weights.
     */
    void weigh(FieldWeights weights) {
        if (searched != passerelle.index()) {
            searched.close();
        }
        Path weighed = dir.resolve("weighed-index");
        ThrowAway.delete(weighed);
        searched = LuceneIndex.open(weighed, passerelle.store().changes(), new StoreIndexSource(passerelle.store()),
                weights);
        answers = new Answers(passerelle.store().entries(), searched, Clock.systemUTC());
    }

    /** The bot's ranked answers as dataset ids, with the confidence features of the list. */
    record Ranked(List<String> keys, Confidence.Level level, Confidence.Features features) {}

    Ranked ranked(String query, Language asked, int k) {
        Answers.Ranked ranked = answers.rank(query, asked, Audience.publicOnly(), k);
        return new Ranked(ranked.found().stream().map(found -> keys.get(found.entry().id())).toList(), ranked.level(),
                ranked.features());
    }

    /** Pure ranking: the index's BM25 top {@code k} FAQs, with no share of words required, in the set's language. */
    List<String> rank(String query, int k) {
        return rank(query, language, k);
    }

    /** As {@link #rank(String, int)}, for a question in {@code asked} (asked in the other language). */
    List<String> rank(String query, Language asked, int k) {
        List<Hit> hits = searched.search(new SearchQuery(query, asked, Audience.publicOnly(), FAQ_ONLY,
                k, 0.0));
        return hits.stream().map(hit -> keys.get(hit.id())).toList();
    }

    /**
     * What the bot shows when {@code question} is sent to it in a direct message: a {@link Message} in a DIRECT
     * channel, handled by the bot exactly as the inbox's worker does (its language read from the text, as for any
     * person). The handling runs in a transaction that is rolled back afterwards, so that what one question
     * leaves behind (the asker's profile, a knowledge gap) never changes the figures of the next.
     */
    Shown shown(String question) {
        asked++;
        Message dm = new Message(Platform.LOCAL, "local", "dm-" + ASKER.userId(), ChannelType.DIRECT, ASKER, question,
                null, "q" + asked, Instant.now(), true);
        Outcome outcome;
        try {
            outcome = passerelle.store().transactions().inTransaction(() -> {
                throw new Discarded(passerelle.bot().handle(dm));
            });
        } catch (Discarded discarded) {
            outcome = discarded.outcome;
        }
        return Shown.of(outcome, keys::get);
    }

    /** Knowledge gaps in the store: none, unless a question's handling was kept. */
    int openQuestions() {
        return passerelle.store().entries().list(EntryKind.QUESTION, EntryStatus.OPEN, 1000).size();
    }

    /** The question (title) of an entry of this knowledge base, by its dataset key, for failure examples. */
    String title(String key) {
        return keys.entrySet().stream().filter(e -> e.getValue().equals(key)).map(e -> titles.get(e.getKey()))
                .findFirst().orElse("");
    }

    @Override
    public void close() {
        try {
            if (searched != passerelle.index()) {
                searched.close();
            }
            passerelle.close();
        } finally {
            ThrowAway.delete(dir);
        }
    }

    /** Carries the bot's outcome out of the transaction it rolls back. */
    private static final class Discarded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Outcome outcome;

        Discarded(Outcome outcome) {
            super(null, null, false, false);
            this.outcome = outcome;
        }
    }
}
