package dev.passerelle.core.search.lucene;

import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.IndexDoc;
import dev.passerelle.core.search.IndexSource;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.SearchQuery;
import dev.passerelle.core.search.SearchResult;
import dev.passerelle.core.search.TextWords;
import dev.passerelle.core.search.SimilarHits;
import dev.passerelle.core.search.Hit;
import dev.passerelle.core.search.ChangeFeed;
import dev.passerelle.core.search.ChangeFeed.Change;
import dev.passerelle.core.search.lucene.synonyms.Synonyms;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.DirectoryNotWritable;
import dev.passerelle.core.vocabulary.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.Language;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene view of the knowledge base on disk. It follows the change log: each commit records
 * the last change applied in its user data, and on open (or after a crash) it replays from there,
 * so the index is never ahead of, and never long behind, SQLite. Searches read near-real-time from
 * the writer, so what is followed is searchable before any commit; the inbox commits off its worker,
 * by count and by time ({@link #uncommitted}).
 */
public final class LuceneIndex implements KnowledgeIndex {

    static final String LAST_CHANGE = "passerelle.last-change";
    static final String SCHEMA = "passerelle.schema";
    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    private static final int BATCH = 500;
    private static final long REFRESH_EVERY_NANOS = 200_000_000L;
    /**
     * How far behind the writer the view that duplicate lookups read may be ({@link #similar}, {@link #rankVisible}):
     * a burst of captures refreshes at most this often rather than once per capture, and the lookups check the
     * changes since themselves.
     */
    private static final long VISIBLE_LAG_NANOS = 5_000_000L;
    /**
     * Segments a refresh writes stay in memory up to this size, and until the next commit syncs them: a
     * question after a capture then costs no file created, synced or deleted on disk.
     */
    private static final double CACHED_SEGMENT_MB = 4.0;
    private static final double CACHED_MB = 32.0;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ChangeFeed feed;
    private final IndexSource source;
    private final DocumentMapper mapper = new DocumentMapper();
    private final QueryBuilder queries;
    private final Synonyms synonyms;
    private final AnalyzedWords translated;
    /** Written by {@link #follow} (under this index's lock), read by {@link #commit} (under its own). */
    private volatile long lastApplied;
    /** Written under {@link #commitLock}, read by {@link #uncommitted} from any thread. */
    private volatile long lastCommitted;
    private final Object commitLock = new Object();
    /** Changes applied to the writer that searches do not see yet: the next search refreshes first. */
    private volatile boolean unseen;
    private volatile long lastRefresh = System.nanoTime();
    /** The last change the current searcher holds; set with it, under {@link #refreshLock}. */
    private volatile long visible;
    private final Object refreshLock = new Object();

    private LuceneIndex(Directory directory, IndexWriter writer, ChangeFeed feed, IndexSource source,
            FieldWeights weights, Synonyms synonyms) throws IOException {
        this.directory = directory;
        this.synonyms = synonyms;
        this.queries = new QueryBuilder(weights, synonyms);
        this.translated = new AnalyzedWords(synonyms);
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.feed = feed;
        this.source = source;
        Map<String, String> committed = Optional.ofNullable(writer.getLiveCommitData())
                .map(data -> {
                    Map<String, String> copy = new java.util.HashMap<>();
                    data.forEach(e -> copy.put(e.getKey(), e.getValue()));
                    return copy;
                })
                .orElse(Map.of());
        long committedChange = Long.parseLong(committed.getOrDefault(LAST_CHANGE, "0"));
        String schema = committed.getOrDefault(SCHEMA, "1");
        if (committedChange > 0 && !schema.equals(DocumentMapper.SCHEMA)) {
            // Documents written under another schema lack fields the queries expect: replay the whole change log.
            log.info("Search index written with schema {}, this version writes {}: rebuilding it from the database",
                    schema, DocumentMapper.SCHEMA);
            writer.deleteAll();
            committedChange = 0;
            // Not the replayed change: the rebuilt index is committed, with its schema, even if the log is empty.
            this.lastCommitted = -1;
        } else {
            this.lastCommitted = committedChange;
        }
        this.lastApplied = committedChange;
        this.visible = committedChange;
    }

    /** Opens (or creates) the index in {@code dir} and catches up with the change log; words match as typed. */
    public static LuceneIndex open(Path dir, ChangeFeed feed, IndexSource source) {
        return open(dir, feed, source, FieldWeights.TUNED, Synonyms.none());
    }

    /**
     * As {@link #open(Path, ChangeFeed, IndexSource)}, each word of a query also matching its alternatives from
     * {@code synonyms}, which the index closes with itself.
     */
    public static LuceneIndex open(Path dir, ChangeFeed feed, IndexSource source, Synonyms synonyms) {
        return open(dir, feed, source, FieldWeights.TUNED, synonyms);
    }

    /** Opens the index searching with other field weights than the tuned ones: what tuning them compares. */
    public static LuceneIndex open(Path dir, ChangeFeed feed, IndexSource source, FieldWeights weights) {
        return open(dir, feed, source, weights, Synonyms.none());
    }

    /**
     * The index is a view of the change log, so an index Lucene cannot read (a truncated or damaged segment, a lost
     * file) is rebuilt from the database rather than stopping the start. A directory that cannot be written to is
     * said to be so before Lucene would report its lock file as the fault.
     */
    private static LuceneIndex open(Path dir, ChangeFeed feed, IndexSource source, FieldWeights weights,
            Synonyms synonyms) {
        try {
            Files.createDirectories(dir);
            DirectoryNotWritable.check(dir);
            LuceneIndex index;
            try {
                index = openWriter(dir, feed, source, weights, synonyms);
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                log.warn("Search index in {} is unreadable ({}): rebuilding it from the database", dir.toAbsolutePath(),
                        e.toString());
                deleteFiles(dir);
                index = openWriter(dir, feed, source, weights, synonyms);
            }
            int applied = index.catchUp();
            // What was replayed is shown at once: the duplicate lookups check only the little the view lacks.
            index.refresh();
            log.info("Search index at change {} ({} replayed on open)", index.lastApplied, applied);
            return index;
        } catch (LockObtainFailedException e) {
            throw new StoreException("Cannot open the search index in " + dir.toAbsolutePath()
                    + ": another Passerelle is using this data directory; stop it first.", e);
        } catch (IOException e) {
            throw new StoreException("Cannot open the search index in " + dir.toAbsolutePath()
                    + ": delete that directory and Passerelle rebuilds it from the database.", e);
        }
    }

    private static LuceneIndex openWriter(Path dir, ChangeFeed feed, IndexSource source, FieldWeights weights,
            Synonyms synonyms) throws IOException {
        Directory directory = new NRTCachingDirectory(FSDirectory.open(dir), CACHED_SEGMENT_MB, CACHED_MB);
        IndexWriter writer = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(DocumentMapper.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, config);
            return new LuceneIndex(directory, writer, feed, source, weights, synonyms);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer == null ? null : writer::rollback, directory);
            throw e;
        }
    }

    /**
     * The index directory's lock, taken without opening the index: while it is held no Passerelle can open this
     * data directory, and {@link Reservation#discard} empties the index so that the next open rebuilds it from the
     * database. Refused, naming the directory, when a running Passerelle holds it.
     */
    public static Reservation reserve(Path dir) {
        try {
            Files.createDirectories(dir);
            DirectoryNotWritable.check(dir);
            Directory directory = FSDirectory.open(dir);
            try {
                return new Reservation(dir, directory, directory.obtainLock(IndexWriter.WRITE_LOCK_NAME));
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (LockObtainFailedException e) {
            throw new StoreException("Cannot use the data directory " + dir.getParent().toAbsolutePath()
                    + ": another Passerelle is using it; stop it first.", e);
        } catch (IOException e) {
            throw new StoreException("Cannot use the search index in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** The held lock of an index directory; closing it lets Passerelle open the directory again. */
    public static final class Reservation implements AutoCloseable {
        private final Path dir;
        private final Directory directory;
        private final org.apache.lucene.store.Lock lock;

        private Reservation(Path dir, Directory directory, org.apache.lucene.store.Lock lock) {
            this.dir = dir;
            this.directory = directory;
            this.lock = lock;
        }

        /** Deletes the index's files but the lock: the next open builds the index again from the database. */
        public void discard() {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new StoreException("Cannot empty the search index in " + dir.toAbsolutePath() + ": "
                        + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                IOUtils.close(lock, directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every file of an unreadable index; the writer that failed has released its lock. */
    private static void deleteFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
    }

    @Override
    public synchronized int catchUp() {
        int applied = follow();
        commit();
        return applied;
    }

    /**
     * Near-real-time: the writer's changes are searchable once the searcher is refreshed, commit or not. The
     * refresh waits for the next search, so a burst of captures that nobody searches costs a refresh every
     * {@link #REFRESH_EVERY_NANOS} rather than one per capture (each refresh writes a segment), and the question
     * that comes next only pays for what came since.
     */
    @Override
    public synchronized int follow() {
        int applied = 0;
        try {
            List<Change> changes;
            while (!(changes = feed.after(lastApplied, BATCH)).isEmpty()) {
                // A document is rebuilt from the store's current state, so one rebuild per batch covers every
                // change to it there (a capture and its vote, the ways of asking learned in a row).
                Set<Change> rebuilt = new HashSet<>();
                for (Change change : changes) {
                    if (rebuilt.add(new Change(0, change.subject(), change.subjectId()))) {
                        apply(change);
                    }
                }
                lastApplied = changes.getLast().seq();
                applied += changes.size();
            }
            if (applied > 0) {
                unseen = true;
                if (System.nanoTime() - lastRefresh > REFRESH_EVERY_NANOS) {
                    refresh();
                }
            }
            return applied;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index; it will catch up on the next start", e);
        }
    }

    private void refresh() throws IOException {
        synchronized (refreshLock) {
            unseen = false;
            lastRefresh = System.nanoTime();
            long upTo = lastApplied;
            searchers.maybeRefreshBlocking();
            visible = upTo;
        }
    }

    /** The current searcher and the last change it holds, read together. */
    private record View(IndexSearcher searcher, long upTo) {}

    /** The view as it is, refreshed first only when it lags the writer by more than {@link #VISIBLE_LAG_NANOS}. */
    private View visibleView() throws IOException {
        if (unseen && System.nanoTime() - lastRefresh > VISIBLE_LAG_NANOS) {
            refresh();
        }
        synchronized (refreshLock) {
            return new View(searchers.acquire(), visible);
        }
    }

    /**
     * The commit records the last change it holds, where a restart replays from. It takes its own lock, not the
     * index's: Lucene commits while documents are being added, so the thread applying events never waits for the
     * commit's file syncs. Changes added during the commit may be in it or not; the recorded change is one they
     * all follow, and replaying a change twice changes nothing.
     */
    @Override
    public void commit() {
        synchronized (commitLock) {
            long upTo = lastApplied;
            if (lastCommitted == upTo) {
                return;
            }
            try {
                writer.setLiveCommitData(Map.of(LAST_CHANGE, Long.toString(upTo), SCHEMA, DocumentMapper.SCHEMA)
                        .entrySet());
                writer.commit();
                lastCommitted = upTo;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot commit the search index; it will catch up on the next start", e);
            }
        }
    }

    /**
     * How many changes of the log the index applied since its last commit (the span of their sequence numbers):
     * what a crash now would leave to replay, and what tells the inbox to commit before its timer does.
     */
    @Override
    public long uncommitted() {
        return Math.max(0, lastApplied - lastCommitted);
    }

    private void apply(Change change) throws IOException {
        Term key = DocumentMapper.key(change.subject().name(), change.subjectId());
        Optional<IndexDoc> doc = source.load(change);
        if (doc.isPresent()) {
            writer.updateDocument(key, mapper.toDocument(doc.get()));
        } else {
            writer.deleteDocuments(key);
        }
    }

    @Override
    public boolean sameMeaningfulWords(String one, String other) {
        for (Language language : Language.values()) {
            Set<String> words = meaningfulTerms(one, language);
            if (!words.isEmpty() && words.equals(meaningfulTerms(other, language))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean wordsFoundIn(String one, Language oneLanguage, String other, Language otherLanguage) {
        List<TextWords.Word> these = translated.of(one, oneLanguage);
        List<TextWords.Word> those = translated.of(other, otherLanguage);
        return !these.isEmpty() && these.stream().allMatch(word -> those.stream().anyMatch(word::sameAs));
    }

    /** Terms, not words: "price-grid" and "price grid" say the same. */
    private Set<String> meaningfulTerms(String text, Language language) {
        return words(text, language).stream()
                .flatMap(word -> (language == Language.FR ? word.french() : word.english()).stream())
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized long lastApplied() {
        return lastApplied;
    }

    @Override
    public int meaningfulWords(String text, Language language) {
        return words(text, language).size();
    }

    /** The meaningful words of a text, as a search of it matches them. */
    private List<QueryWords.Word> words(String text, Language language) {
        return queries.words(new SearchQuery(text, language, Audience.publicOnly(), Set.of(), 1, 0));
    }

    @Override
    public SearchResult rank(SearchQuery query) {
        return searching(query, SearchResult.empty(), true, (searcher, words, alternatives, hits) ->
                MatchStats.of(searcher, words, alternatives, queries.bestBoost(query.language()), hits));
    }

    @Override
    public SearchResult rankVisible(SearchQuery query) {
        return searching(query, SearchResult.empty(), false, (searcher, words, alternatives, hits) ->
                MatchStats.of(searcher, words, alternatives, queries.bestBoost(query.language()), hits));
    }

    /** The hits with what each holds of the query, without what only confidence reads ({@link MatchStats#matched}). */
    @Override
    public List<Hit> search(SearchQuery query) {
        return searching(query, List.of(), true, MatchStats::matched);
    }

    /** What a search makes of its ranked hits. */
    @FunctionalInterface
    private interface Ranking<T> {
        T of(IndexSearcher searcher, List<QueryWords.Word> words, AlternativeQueries alternatives,
                List<MatchStats.Scored> hits) throws IOException;
    }

    /**
     * Searches the index as it is now when {@code fresh} (refreshed first if a change is not shown yet), else as it
     * shows now ({@link #visibleView}), which may lack the last few milliseconds' changes.
     */
    private <T> T searching(SearchQuery query, T nothing, boolean fresh, Ranking<T> ranking) {
        List<QueryWords.Word> words = queries.words(query);
        AlternativeQueries alternatives = queries.alternatives(query);
        Optional<Query> lucene = queries.build(query, words, alternatives);
        if (lucene.isEmpty()) {
            return nothing;
        }
        try {
            IndexSearcher searcher;
            if (fresh) {
                if (unseen) {
                    refresh();
                }
                searcher = searchers.acquire();
            } else {
                searcher = visibleView().searcher();
            }
            try {
                List<MatchStats.Scored> hits =
                        HitValues.read(searcher, searcher.search(lucene.get(), query.limit()).scoreDocs);
                return ranking.of(searcher, words, alternatives, hits);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }

    @Override
    public SimilarHits similar(SearchQuery query) {
        try {
            View view = visibleView();
            try {
                Optional<Query> lucene = queries.titles(query, queries.words(query), queries.alternatives(query));
                if (lucene.isEmpty()) {
                    return new SimilarHits(List.of(), view.upTo());
                }
                List<Hit> hits = HitValues.read(view.searcher(), view.searcher().search(lucene.get(), query.limit())
                        .scoreDocs).stream().map(MatchStats.Scored::hit).toList();
                return new SimilarHits(hits, view.upTo());
            } finally {
                searchers.release(view.searcher());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
            synonyms.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the search index", e);
        }
    }
}
