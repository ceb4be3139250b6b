package dev.passerelle.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Conversation;
import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.knowledge.Entry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk path: live keys, the same bot, many events to a transaction, and nothing twice. */
class HistoryImportTests {

    @TempDir
    Path dir;

    private static HistoryImport into(Passerelle passerelle) {
        return new HistoryImport(passerelle.store().inbox(), passerelle.store().transactions(), passerelle.bot(),
                passerelle.index(), passerelle.store().changes(), Clock.systemUTC());
    }

    private static List<Message> history(Conversation chat) {
        return List.of(
                chat.in("it").from("lucie").inbound("h1", "#pain the office heating is broken and it is cold"),
                chat.in("it").from("marc").inbound("h2", "lunch at noon?"),
                chat.in("support").from("kevin").inbound("h3", "#pain the office heating is broken and it is cold again"),
                chat.in("sales").from("bob").inbound("h4", "#faq Where are the price lists? | In the Sales drive"),
                chat.in("sales").from("eve").inbound("h5", " "));
    }

    @Test
    void capturesAsLiveMessagesDoEvenWithinOneTransaction() {
        try (Conversation chat = Conversation.open(dir)) {
            HistoryImport.Counts counts = into(chat.passerelle()).apply(history(chat));

            assertThat(counts).isEqualTo(new HistoryImport.Counts(4, 0, 1, 0, 3));
            List<Entry> first = chat.passerelle().store().entries().findAllBySource("local:local:it", "h1");
            List<Entry> second = chat.passerelle().store().entries().findAllBySource("local:local:support", "h3");
            assertThat(first).hasSize(1);
            assertThat(second).as("the second report is a +1 on the first, as live").isEmpty();
            assertThat(first.getFirst().votes()).isEqualTo(2);
        }
    }

    @Test
    void anEventAlreadyInTheInboxIsSkipped() {
        try (Conversation chat = Conversation.open(dir)) {
            List<Message> history = history(chat);
            chat.submit(history.get(3));
            HistoryImport bulk = into(chat.passerelle());

            HistoryImport.Counts first = bulk.apply(history);
            HistoryImport.Counts again = bulk.apply(history);
            bulk.finish();

            assertThat(first.imported()).isEqualTo(3);
            assertThat(first.known()).isEqualTo(1);
            assertThat(again).isEqualTo(new HistoryImport.Counts(0, 4, 1, 0, 0));
            assertThat(chat.passerelle().store().inbox().unapplied(10)).isEmpty();
        }
    }
}
