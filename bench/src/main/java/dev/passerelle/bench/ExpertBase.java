package dev.passerelle.bench;

import dev.passerelle.bench.ExpertSet.Piece;
import dev.passerelle.core.expertise.ExpertFinder;
import dev.passerelle.core.knowledge.NewEntry;
import dev.passerelle.core.search.lucene.LuceneIndex;
import dev.passerelle.core.store.StoreIndexSource;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A throw-away Passerelle knowledge base holding what people did, written through the real store (questions as
 * question entries, answers as evidence in the question's thread, accepted ones confirmed, papers as insights) and
 * followed by the real index; people are ranked by the real {@link ExpertFinder}. Closing it deletes it.
 */
final class ExpertBase implements AutoCloseable {

    private static final String CHANNEL = "local:local:general";

    private final Path dir;
    private final SqliteStore store;
    private final LuceneIndex index;
    private final Map<String, Long> people = new HashMap<>();
    private final Map<Long, String> keys = new HashMap<>();
    private final Clock clock;

    private ExpertBase(Path dir, Instant now) {
        this.dir = dir;
        this.store = SqliteStore.open(dir);
        this.index = LuceneIndex.open(dir.resolve("index"), store.changes(), new StoreIndexSource(store));
        this.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    static ExpertBase build(ExpertSet set, Instant now) {
        try {
            ExpertBase base = new ExpertBase(Files.createTempDirectory("passerelle-experts-" + set.name() + "-"), now);
            try {
                base.load(set.evidence());
            } catch (RuntimeException e) {
                base.close();
                throw e;
            }
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(List<Piece> pieces) {
        store.transactions().run(() -> {
            for (Piece piece : pieces) {
                long person = person(piece.person(), piece.at());
                switch (piece.role()) {
                    case QUESTION -> store.entries().insert(new NewEntry(EntryKind.QUESTION, EntryStatus.OPEN,
                            piece.title(), piece.body(), Language.EN, person, CHANNEL, false, piece.key(), null,
                            List.copyOf(piece.tags()), piece.at()));
                    case AUTHORED -> store.entries().insert(new NewEntry(EntryKind.INSIGHT, EntryStatus.VERIFIED,
                            piece.title(), piece.body(), Language.EN, person, CHANNEL, false, piece.key() + "-" + person,
                            null, List.copyOf(piece.tags()), piece.at()));
                    case ANSWER, CONFIRMED_ANSWER -> {
                        var answer = store.evidence().recordAnswer(person, piece.key(), piece.thread(), CHANNEL, false,
                                piece.title(), Language.EN, piece.at());
                        if (piece.role() == ExpertSet.Role.CONFIRMED_ANSWER) {
                            store.evidence().confirm(answer.id());
                        }
                    }
                }
            }
        });
        index.catchUp();
    }

    private long person(String key, Instant at) {
        return people.computeIfAbsent(key, k -> {
            long id = store.people().resolve(Platform.LOCAL, "local", Sender.of("u" + k), at).id();
            keys.put(id, k);
            return id;
        });
    }

    /** The dataset's person keys, best first, as "who knows" ranks them. */
    List<String> rank(String text, String asker, int limit, ExpertFinder.Tuning tuning, Duration halfLife) {
        ExpertFinder finder = new ExpertFinder(index, store.people(), halfLife, tuning, clock);
        long excluded = asker == null ? -1 : people.getOrDefault(asker, -1L);
        return finder.find(text, Language.EN, Audience.publicOnly(), excluded, limit).stream()
                .map(expert -> keys.get(expert.personId())).toList();
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
            ThrowAway.delete(dir);
        }
    }
}
