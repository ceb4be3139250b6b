package dev.passerelle.core.store;

import dev.passerelle.core.search.DocType;
import dev.passerelle.core.search.IndexDoc;
import dev.passerelle.core.search.IndexSource;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.search.ChangeFeed.Change;
import dev.passerelle.core.vocabulary.Language;
import java.util.Optional;

/** Builds index documents from the store, the one source of truth. */
public final class StoreIndexSource implements IndexSource {

    public static final String ANSWER = "answer";
    public static final String SKILL = "skill";

    private final Store store;

    public StoreIndexSource(Store store) {
        this.store = store;
    }

    @Override
    public Optional<IndexDoc> load(Change change) {
        return switch (change.subject()) {
            case ENTRY -> store.entries().find(change.subjectId()).map(StoreIndexSource::entry);
            case EVIDENCE -> store.evidence().find(change.subjectId()).map(e -> new IndexDoc(DocType.EVIDENCE, e.id(),
                    e.personId(), ANSWER, e.confirmed() ? "confirmed" : "given", e.text(), null, e.language(),
                    e.channelKey(), e.restricted(), e.createdAt()));
            case SKILL -> store.people().findSkill(change.subjectId()).map(s -> new IndexDoc(DocType.SKILL, s.id(),
                    s.personId(), SKILL, "declared", s.name(), null, Language.EN, "", false, s.declaredAt()));
        };
    }

    private static IndexDoc entry(Entry e) {
        String body = e.tags().isEmpty() ? e.body() : (e.body() == null ? "" : e.body() + "\n") + String.join(" ", e.tags());
        return new IndexDoc(DocType.ENTRY, e.id(), e.authorId(), e.kind().code(), e.status().code(), e.title(), body,
                e.language(), e.channelKey(), e.restricted(), e.updatedAt());
    }
}
