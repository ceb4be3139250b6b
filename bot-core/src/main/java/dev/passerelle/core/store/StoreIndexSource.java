package dev.passerelle.core.store;

import dev.passerelle.core.knowledge.AlternateQuestion;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.Evidence;
import dev.passerelle.core.people.Skill;
import dev.passerelle.core.search.ChangeFeed.Change;
import dev.passerelle.core.search.DocKind;
import dev.passerelle.core.search.DocStatus;
import dev.passerelle.core.search.DocType;
import dev.passerelle.core.search.EvidenceRole;
import dev.passerelle.core.search.IndexDoc;
import dev.passerelle.core.search.IndexSource;
import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.Optional;

/** Builds index documents from the store, the one source of truth. */
public final class StoreIndexSource implements IndexSource {

    private final Store store;

    public StoreIndexSource(Store store) {
        this.store = store;
    }

    @Override
    public Optional<IndexDoc> load(Change change) {
        return switch (change.subject()) {
            case ENTRY -> store.entries().find(change.subjectId()).map(this::entry);
            case EVIDENCE -> store.evidence().find(change.subjectId()).map(this::answer);
            case SKILL -> store.people().findSkill(change.subjectId()).map(StoreIndexSource::skill);
        };
    }

    /** With its tags as a field of their own and the other ways people asked its question, matched like its title. */
    private IndexDoc entry(Entry e) {
        return new IndexDoc(DocType.ENTRY, e.id(), e.authorId(), DocKind.of(e.kind()), DocStatus.of(e.status()),
                e.title(), e.body(), e.language(), e.channelKey(), e.restricted(), e.updatedAt(), e.tags(),
                store.entries().alternates(e.id()).stream().map(AlternateQuestion::text).toList());
    }

    /**
     * An answer given in a thread is searched as a title, and as a body with the question it answers (its title and
     * tags), so it weighs like a FAQ's answer does: "it's in the Sales drive" says nothing of price lists, its
     * thread's question does. The question is in the same conversation, so it is seen by the same people.
     */
    private IndexDoc answer(Evidence e) {
        EvidenceRole role = e.confirmed() ? EvidenceRole.CONFIRMED : EvidenceRole.GIVEN;
        String question = e.thread() == null ? null : store.entries().findAllBySource(e.channelKey(), e.thread()).stream()
                .findFirst().map(q -> mergedTarget(q, e.channelKey())).map(q -> q.tags().isEmpty() ? q.title() : q.title() + "\n" + String.join(" ", q.tags()))
                .orElse(null);
        return new IndexDoc(DocType.EVIDENCE, e.id(), e.personId(), DocKind.ANSWER, DocStatus.of(role), e.text(),
                question == null ? e.text() : e.text() + "\n" + question, e.language(), e.channelKey(), e.restricted(),
                e.createdAt());
    }

    /**
     * The entry a merged question now lives in, when the people of the answer's conversation may read it: the
     * answers given in the merged question's thread then support the target.
     */
    private Entry mergedTarget(Entry question, String channelKey) {
        return store.review().mergedInto(question.id()).flatMap(store.entries()::find)
                .filter(target -> !target.restricted() || target.channelKey().equals(channelKey)).orElse(question);
    }

    private static IndexDoc skill(Skill s) {
        return new IndexDoc(DocType.SKILL, s.id(), s.personId(), DocKind.SKILL, DocStatus.DECLARED, s.name(), null,
                Language.EN, "", false, s.declaredAt());
    }
}
