package dev.passerelle.core.knowledge;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.store.Store;
import dev.passerelle.core.understanding.Intent;
import dev.passerelle.core.understanding.MessageReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps knowledge in step with its source messages: an edited message updates what was captured
 * from it, a deleted one takes it away (entries and expertise evidence alike).
 */
public final class SourceChanges {

    private final Store store;
    private final MessageReader reader;

    public SourceChanges(Store store, MessageReader reader) {
        this.store = store;
        this.reader = reader;
    }

    public Outcome edited(Asker editor, String messageId, String text) {
        String channel = editor.inbound().channelRef().key();
        Instant at = editor.inbound().time();
        List<Outcome.Captured> changed = new ArrayList<>();
        for (Entry entry : store.entries().findAllBySource(channel, messageId)) {
            if (entry.authorId() != editor.person().id()) {
                continue;
            }
            Entry updated = switch (reader.read(text).intent()) {
                case Intent.Faq faq when entry.kind() == EntryKind.FAQ && entry.thread() == null && faq.answer() != null ->
                        store.entries().updateText(entry.id(), faq.question(), faq.answer(), at);
                case Intent.Insight insight when entry.kind() == EntryKind.INSIGHT ->
                        store.entries().updateText(entry.id(), insight.text(), null, at);
                case Intent.PainPoint pain when entry.kind() == EntryKind.PAIN_POINT ->
                        store.entries().updateText(entry.id(), pain.text(), null, at);
                default -> entry.kind() == EntryKind.FAQ && entry.thread() != null
                        ? store.entries().updateText(entry.id(), entry.title(), text, at)
                        : store.entries().updateText(entry.id(), text, entry.body(), at);
            };
            changed.add(Capture.captured(updated));
        }
        store.evidence().findByMessage(channel, messageId)
                .filter(evidence -> evidence.personId() == editor.person().id())
                .ifPresent(evidence -> store.evidence().updateText(evidence.id(), text));
        return new Outcome(List.of(), changed, null);
    }

    public Outcome deleted(String channelKey, String messageId, Instant at) {
        store.entries().findAllBySource(channelKey, messageId).forEach(entry -> store.entries().delete(entry.id(), at));
        store.evidence().findByMessage(channelKey, messageId).ifPresent(e -> store.evidence().delete(e.id()));
        return Outcome.nothing();
    }
}
