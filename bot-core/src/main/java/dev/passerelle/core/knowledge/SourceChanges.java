package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.understanding.Intent;
import dev.passerelle.core.understanding.Understanding;
import dev.passerelle.core.understanding.MessageReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps knowledge in step with its source messages: an edited message updates what was captured
 * from it, a deleted one takes it away (entries and expertise evidence alike). A message that asked a knowledge gap
 * again takes its ask back when it is deleted or asks something else ({@link GapAsks}).
 */
public final class SourceChanges {

    private final EntryRepository entries;
    private final EvidenceRepository evidence;
    private final MessageReader reader;
    private final GapAsks asks;

    public SourceChanges(EntryRepository entries, EvidenceRepository evidence, MessageReader reader, GapAsks asks) {
        this.entries = entries;
        this.evidence = evidence;
        this.reader = reader;
        this.asks = asks;
    }

    public Outcome edited(Asker editor, String messageId, String text) {
        String channel = editor.turn().channelRef().key();
        Instant at = editor.turn().time();
        List<Outcome.Captured> changed = new ArrayList<>();
        asks.edited(channel, messageId, editor.person().id(), text, at);
        for (Entry entry : entries.findAllBySource(channel, messageId)) {
            if (entry.authorId() != editor.person().id()) {
                continue;
            }
            if (entry.kind() == EntryKind.QUESTION && !asks.asksTheSame(entry, text) && asks.handedOver(entry, at)) {
                continue; // others still ask the gap as it was; this message now asks something else
            }
            Understanding read = reader.read(text);
            Intent intent = read.intent();
            Entry updated;
            if (entry.kind() == EntryKind.FAQ && entry.thread() != null) {
                // A FAQ learned in a thread: its source is the answer ("Trouvé : …" without its opener).
                updated = entries.updateText(entry.id(), entry.title(),
                        read.selfAnswer() == null ? text : read.selfAnswer(), at);
            } else if (entry.kind() == EntryKind.FAQ && intent instanceof Intent.Faq faq) {
                updated = entries.updateText(entry.id(), faq.question(),
                        faq.answer() == null ? entry.body() : faq.answer(), at);
            } else {
                updated = entries.updateText(entry.id(), mainText(intent, text), entry.body(), at);
            }
            changed.add(Capture.captured(updated));
        }
        evidence.findByMessage(channel, messageId)
                .filter(answer -> answer.personId() == editor.person().id())
                .ifPresent(answer -> evidence.updateText(answer.id(), text));
        return new Outcome(List.of(), changed, null);
    }

    /** The words that matter in an edited message: without its kind tag, whatever kind it now reads as. */
    private static String mainText(Intent intent, String text) {
        return switch (intent) {
            case Intent.Faq faq -> faq.question();
            case Intent.Insight insight -> insight.text();
            case Intent.PainPoint pain -> pain.text();
            default -> text;
        };
    }

    public Outcome deleted(String channelKey, String messageId, Instant at) {
        asks.deleted(channelKey, messageId, at);
        entries.findAllBySource(channelKey, messageId).stream()
                .filter(entry -> !asks.handedOver(entry, at))
                .forEach(entry -> entries.delete(entry.id(), at));
        evidence.findByMessage(channelKey, messageId).ifPresent(e -> evidence.delete(e.id()));
        return Outcome.nothing();
    }
}
