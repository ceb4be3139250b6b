package dev.passerelle.core.store;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.knowledge.NewEntry;
import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Test data: a {@link NewEntry} with sensible defaults (a French draft insight in a public local
 * channel), so a test states only what it is about. The author must exist in the store.
 */
public final class NewEntries {

    public static final Instant AT = Instant.parse("2025-03-03T09:00:00Z");
    public static final String PUBLIC_CHANNEL = "local:local:general";

    private final EntryKind kind;
    private EntryStatus status = EntryStatus.DRAFT;
    private String title;
    private @Nullable String body;
    private Language language = Language.FR;
    private long authorId = 1;
    private String channelKey = PUBLIC_CHANNEL;
    private boolean restricted;
    private @Nullable String source;
    private @Nullable String thread;
    private List<String> tags = List.of();
    private Instant at = AT;

    private NewEntries(EntryKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public static NewEntries insight(String text) {
        return new NewEntries(EntryKind.INSIGHT, text);
    }

    public static NewEntries faq(String question, String answer) {
        NewEntries faq = new NewEntries(EntryKind.FAQ, question);
        faq.body = answer;
        return faq;
    }

    public static NewEntries painPoint(String text) {
        return new NewEntries(EntryKind.PAIN_POINT, text);
    }

    public static NewEntries question(String text) {
        NewEntries question = new NewEntries(EntryKind.QUESTION, text);
        question.status = EntryStatus.OPEN;
        return question;
    }

    public NewEntries by(long authorId) {
        this.authorId = authorId;
        return this;
    }

    public NewEntries status(EntryStatus status) {
        this.status = status;
        return this;
    }

    public NewEntries inEnglish() {
        this.language = Language.EN;
        return this;
    }

    public NewEntries in(String channelKey) {
        this.channelKey = channelKey;
        this.restricted = false;
        return this;
    }

    /** Captured in a private channel or DM: only its members may see it. */
    public NewEntries restrictedTo(String channelKey) {
        this.channelKey = channelKey;
        this.restricted = true;
        return this;
    }

    public NewEntries from(String messageId) {
        this.source = messageId;
        return this;
    }

    public NewEntries inThread(String thread) {
        this.thread = thread;
        return this;
    }

    public NewEntries tagged(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    public NewEntries at(Instant at) {
        this.at = at;
        return this;
    }

    public NewEntry build() {
        return new NewEntry(kind, status, title, body, language, authorId, channelKey, restricted, source, thread,
                tags, at);
    }
}
