package dev.passerelle.core.search.lucene;

import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.SearchQueries;
import dev.passerelle.core.search.lucene.synonyms.Synonyms;
import dev.passerelle.core.store.StoreIndexSource;
import dev.passerelle.core.store.NewEntries;
import dev.passerelle.core.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.util.List;

/** A real SQLite store and the Lucene index that follows it, both on disk under one directory. */
final class IndexedStore implements AutoCloseable {

    final SqliteStore store;
    final Path indexDir;
    final long author;
    private final Synonyms synonyms;
    private LuceneIndex index;

    IndexedStore(Path dir) {
        this(dir, Synonyms.none());
    }

    /** Searches expand words from {@code synonyms}, which the index closes. */
    IndexedStore(Path dir, Synonyms synonyms) {
        this.synonyms = synonyms;
        this.store = SqliteStore.open(dir.resolve("data"));
        this.indexDir = dir.resolve("index");
        this.author = store.people().resolve(Platform.LOCAL, "local", Sender.of("U-AUTHOR"), NewEntries.AT).id();
        this.index = openIndex();
    }

    LuceneIndex index() {
        return index;
    }

    /** Stores the entry; the index sees it at its next catch-up. */
    Entry stored(NewEntries entry) {
        return store.entries().insert(entry.by(author).build());
    }

    /** Stores the entry and lets the index catch up with it. */
    Entry indexed(NewEntries entry) {
        Entry stored = stored(entry);
        index.catchUp();
        return stored;
    }

    List<Hit> search(SearchQueries query) {
        return index.search(query.build());
    }

    List<Long> idsFound(SearchQueries query) {
        return search(query).stream().map(Hit::id).toList();
    }

    void closeIndex() {
        index.close();
        index = null;
    }

    LuceneIndex reopenIndex() {
        index = openIndex();
        return index;
    }

    long newestChange() {
        return store.changes().after(0, Integer.MAX_VALUE).getLast().seq();
    }

    private LuceneIndex openIndex() {
        return LuceneIndex.open(indexDir, store.changes(), new StoreIndexSource(store), synonyms);
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
        }
        store.close();
    }
}
