package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Sender;
import static dev.passerelle.core.Conversation.channel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Conversation.Said;
import dev.passerelle.core.WithConversation;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.PainStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Save to Passerelle" on a message: the saver picks the kind, the message stays the source and its author the author. */
@WithConversation(knowledgeManagers = "kim")
class SaveTests {

    Conversation chat;
    Instant clock = Instant.parse("2026-03-02T09:00:00Z");

    /** {@code saver} saves {@code message}, said by {@code author} in #it, as {@code kind} with {@code text}. */
    Outcome save(String saver, EntryKind kind, String text, Said message, String author) {
        clock = clock.plusSeconds(1);
        return chat.save(new Save(channel("it"), Sender.of(saver), kind, text, List.of(), message.id(), null,
                Sender.of(author), clock));
    }

    String nameOf(long personId) {
        return chat.passerelle().store().people().find(personId).orElseThrow().displayName();
    }

    List<Entry> entriesFrom(Said message) {
        return chat.passerelle().store().entries().findAllBySource(channel("it").key(), message.id());
    }

    static String text(Outcome outcome) {
        return String.join("\n", outcome.replies().stream().map(Reply::text).toList());
    }

    @Test
    void aFaqWithQuestionAndAnswerIsAuthoredByTheOriginalAuthorAndSourcedFromTheMessage() {
        Said message = chat.in("it").from("thomas").says("For the guest wifi, the code is on the reception desk");

        Outcome saved = save("emma", EntryKind.FAQ, "What is the guest wifi code? | Ask at the reception desk",
                message, "thomas");

        Entry faq = chat.entry(saved.captured().getFirst().id());
        assertThat(faq.kind()).isEqualTo(EntryKind.FAQ);
        assertThat(faq.status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(faq.title()).isEqualTo("What is the guest wifi code?");
        assertThat(faq.body()).isEqualTo("Ask at the reception desk");
        assertThat(faq.source()).isEqualTo(message.id());
        assertThat(nameOf(faq.authorId())).isEqualTo("thomas");
        assertThat(text(saved)).startsWith("Saved as FAQ #" + faq.id());
    }

    @Test
    void aFaqWithoutAnAnswerIsRefusedWithTheUsage() {
        Said message = chat.in("it").from("thomas").says("For the guest wifi, the code is on the reception desk");

        Outcome refused = save("emma", EntryKind.FAQ, "What is the guest wifi code?", message, "thomas");

        assertThat(refused.error()).contains("#faq <question> | <answer>");
        assertThat(refused.captured()).isEmpty();
        assertThat(entriesFrom(message)).isEmpty();
    }

    @Test
    void aPainPointIsSavedOpenAndAuthoredByTheOriginalAuthor() {
        Said message = chat.in("it").from("sarah").says("The VPN dropped again during my client call");

        Outcome saved = save("emma", EntryKind.PAIN_POINT, "The VPN drops during calls", message, "sarah");

        Entry pain = chat.entry(saved.captured().getFirst().id());
        assertThat(pain.kind()).isEqualTo(EntryKind.PAIN_POINT);
        assertThat(pain.painStatus()).isEqualTo(PainStatus.OPEN);
        assertThat(pain.title()).isEqualTo("The VPN drops during calls");
        assertThat(nameOf(pain.authorId())).isEqualTo("sarah");
        assertThat(text(saved)).startsWith("Pain point #" + pain.id() + " recorded");
    }

    @Test
    void anInsightSavedByAKnowledgeManagerIsVerified() {
        Said message = chat.in("it").from("priya").says("Outlook stops freezing once you start it with outlook.exe /safe");

        Outcome saved = save("kim", EntryKind.INSIGHT, "Start Outlook with outlook.exe /safe when it freezes", message,
                "priya");

        Entry insight = chat.entry(saved.captured().getFirst().id());
        assertThat(insight.status()).isEqualTo(EntryStatus.VERIFIED);
        assertThat(nameOf(insight.authorId())).isEqualTo("priya");
    }

    @Test
    void savingAMessageAlreadyCapturedByItsTagSaysAlreadySaved() {
        Said tagged = chat.in("it").from("priya").says("#insight Restart Teams to fix the blank screen");

        Outcome again = save("emma", EntryKind.INSIGHT, "Restart Teams to fix the blank screen", tagged, "priya");

        assertThat(text(again)).isEqualTo("Already saved as #" + tagged.capturedId() + ".");
        assertThat(entriesFrom(tagged)).hasSize(1);
    }

    @Test
    void savingTheSameMessageTwiceSaysAlreadySaved() {
        Said message = chat.in("it").from("priya").says("Outlook stops freezing once you start it with outlook.exe /safe");
        long first = save("emma", EntryKind.INSIGHT, "Start Outlook with /safe when it freezes", message, "priya")
                .captured().getFirst().id();

        Outcome again = save("hugo", EntryKind.INSIGHT, "Start Outlook with /safe when it freezes", message, "priya");

        assertThat(text(again)).isEqualTo("Already saved as #" + first + ".");
        assertThat(entriesFrom(message)).hasSize(1);
    }

    @Test
    void aFaqSaveCorrectedAfterARefusalIsSaved() {
        Said message = chat.in("it").from("thomas").says("For the guest wifi, the code is on the reception desk");
        save("emma", EntryKind.FAQ, "What is the guest wifi code?", message, "thomas");

        Outcome corrected = save("emma", EntryKind.FAQ, "What is the guest wifi code? | Ask at the reception desk",
                message, "thomas");

        assertThat(corrected.captured()).hasSize(1);
        assertThat(entriesFrom(message)).extracting(Entry::kind).containsExactly(EntryKind.FAQ);
    }
}
