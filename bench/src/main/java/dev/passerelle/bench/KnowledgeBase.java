package dev.passerelle.bench;

import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.knowledge.Answers;
import dev.passerelle.core.knowledge.Confidence;
import dev.passerelle.core.search.lucene.FieldWeights;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.knowledge.NewEntry;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.store.StoreIndexSource;
import dev.passerelle.core.search.lucene.LuceneIndex;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A throw-away Passerelle knowledge base (SQLite store plus Lucene index) in a fresh temporary
 * directory, filled with verified public FAQs and searched exactly as the bot searches it.
 * Closing it deletes the directory.
 */
final class KnowledgeBase implements AutoCloseable {

    /** One FAQ to index: {@code key} is the dataset's id, used to judge relevance. */
    record Faq(String key, String question, String answer) {}

    private static final String CHANNEL = "local:local:general";
    private static final Set<DocKind> FAQ_ONLY = Set.of(DocKind.FAQ);

    private final Path dir;
    private final SqliteStore store;
    private LuceneIndex index;
    private Answers answers;
    private final Language language;
    private final Map<Long, String> keys = new HashMap<>();
    private long storeNanos;
    private long indexNanos;

    private KnowledgeBase(Path dir, Language language) {
        this.dir = dir;
        this.language = language;
        this.store = SqliteStore.open(dir);
        this.index = LuceneIndex.open(dir.resolve("index"), store.changes(), new StoreIndexSource(store));
        this.answers = new Answers(store.entries(), index, Clock.systemUTC());
    }

    /** Stores the FAQs in one transaction, then lets the index catch up, timing both steps. */
    static KnowledgeBase build(String name, Language language, List<Faq> faqs) {
        Path dir;
        try {
            dir = Files.createTempDirectory("passerelle-bench-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KnowledgeBase kb = new KnowledgeBase(dir, language);
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
        Instant now = Instant.now();
        store.transactions().run(() -> {
            long author = store.people().resolve(Platform.LOCAL, "local", Sender.of("bench"), now).id();
            for (Faq faq : faqs) {
                long id = store.entries().insert(new NewEntry(EntryKind.FAQ, EntryStatus.VERIFIED, faq.question(),
                        faq.answer(), language, author, CHANNEL, false, faq.key(), null, List.of(), now)).id();
                keys.put(id, faq.key());
            }
        });
        long stored = System.nanoTime();
        index.catchUp();
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

    /** Searches from now on with these field weights (the index is reopened; nothing is re-indexed). */
    void weigh(FieldWeights weights) {
        index.close();
        index = LuceneIndex.open(dir.resolve("index"), store.changes(), new StoreIndexSource(store), weights);
        answers = new Answers(store.entries(), index, Clock.systemUTC());
    }

    /** The bot's ranked answers as dataset ids, with the confidence features of the list. */
    record Ranked(List<String> keys, Confidence.Level level, Confidence.Features features) {}

    Ranked ranked(String query, Language asked, int k) {
        Answers.Ranked ranked = answers.rank(query, asked, Audience.publicOnly(), k);
        return new Ranked(ranked.found().stream().map(found -> keys.get(found.entry().id())).toList(), ranked.level(),
                ranked.features());
    }

    /** Pure ranking: the index's BM25 top {@code k} FAQs, with no share of words required. */
    List<String> rank(String query, int k) {
        List<Hit> hits = index.search(new SearchQuery(query, language, Audience.publicOnly(), FAQ_ONLY, k, 0.0));
        return hits.stream().map(hit -> keys.get(hit.id())).toList();
    }

    /** What the bot shows: {@link Answers#search}, the ranked answers unless their confidence is none. */
    List<String> answer(String query, int k) {
        return answers.search(query, language, Audience.publicOnly(), k).stream()
                .map(found -> keys.get(found.entry().id()))
                .toList();
    }

    /** The question (title) of the bot's first confident answer, for failure examples. */
    String firstAnswerTitle(String query) {
        return answers.search(query, language, Audience.publicOnly(), 1).stream()
                .map(found -> found.entry().title()).findFirst().orElse("");
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
            deleteRecursively(dir);
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
