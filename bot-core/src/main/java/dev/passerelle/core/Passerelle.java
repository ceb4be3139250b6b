package dev.passerelle.core;

import dev.passerelle.core.bot.KnowledgeBot;
import dev.passerelle.core.answering.Responses;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.expertise.ExpertFinder;
import dev.passerelle.core.expertise.PeopleCards;
import dev.passerelle.core.knowledge.Answers;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.store.StoreIndexSource;
import dev.passerelle.core.search.lucene.LuceneIndex;
import dev.passerelle.core.store.Store;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.understanding.LanguageDetector;
import dev.passerelle.core.understanding.MessageReader;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The embedded knowledge base and its bot, assembled: SQLite in {@code <data-dir>/passerelle.db},
 * the Lucene view in {@code <data-dir>/index}. Close it to release both.
 */
public final class Passerelle implements AutoCloseable {

    public static final String INDEX_DIR = "index";

    private final Store store;
    private final KnowledgeIndex index;
    private final KnowledgeBot bot;

    private Passerelle(Store store, KnowledgeIndex index, KnowledgeBot bot) {
        this.store = store;
        this.index = index;
        this.bot = bot;
    }

    public static Passerelle open(Path dataDir, Settings settings, Clock clock) {
        Store store = SqliteStore.open(dataDir);
        try {
            KnowledgeIndex index = LuceneIndex.open(dataDir.resolve(INDEX_DIR), store.changes(),
                    new StoreIndexSource(store));
            MessageReader reader = new MessageReader(new LanguageDetector(settings.fallbackLanguage()));
            Capture capture = new Capture(store.entries(), index);
            Responses responses = new Responses(new Answers(store.entries(), index, clock),
                    new ExpertFinder(index, clock), new PeopleCards(store.people(), store.entries(), store.evidence()), capture);
            return new Passerelle(store, index, new KnowledgeBot(store, index, settings, reader, capture, responses));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public KnowledgeBot bot() {
        return bot;
    }

    public Store store() {
        return store;
    }

    public KnowledgeIndex index() {
        return index;
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
