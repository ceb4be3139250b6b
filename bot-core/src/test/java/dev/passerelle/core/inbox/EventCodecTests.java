package dev.passerelle.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.Deletion;
import dev.passerelle.core.conversation.Edit;
import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.MembersChanged;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.Save;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EventCodecTests {

    private static final ChannelRef SALES = new ChannelRef(Platform.SLACK, "T1", "C0SALES", ChannelType.PUBLIC);
    private static final Sender ALICE = new Sender("U1ALICE", "Alice Martin", "alice@example.com", "Sales");
    private static final Instant AT = Instant.parse("2026-11-30T09:15:00.123456Z");

    private final EventCodec codec = new EventCodec();

    static Stream<Event> everyKindOfEvent() {
        return Stream.of(
                new Message(SALES, ALICE, "#faq Où sont les grilles tarifaires ? | Dans le Drive", "1700.2", "1700.3",
                        AT, true),
                new Edit(SALES, ALICE, "1700.3", "#insight Redémarrez Teams", "1700.9", AT),
                new Deletion(SALES, "1700.3", AT),
                new Reaction(SALES, Sender.of("U2BOB"), Reaction.Kind.PLUS_ONE, "1700.3", null, ALICE, "c'est galère",
                        AT),
                new Click(SALES, ALICE, Action.VERIFY, 12, "1700.2", Language.FR, "1700.10", AT),
                new Save(SALES, ALICE, EntryKind.FAQ, "Q? | A", List.of("crm", "q3"), "1700.3", null, Sender.of("U2BOB"),
                        AT),
                new MembersChanged(new ChannelRef(Platform.TEAMS, "tenant", "19:board", ChannelType.PRIVATE),
                        List.of(ALICE, Sender.of("29:bob")), AT));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfEvent")
    void readsBackEveryKindOfEventAsItWasWithTheSameKey(Event event) {
        Event read = codec.decode(codec.encode(event));

        assertThat(read).isEqualTo(event);
        assertThat(read.key()).isEqualTo(event.key());
    }

    @Test
    void namesTheKindOfEventInThePayload() {
        assertThat(codec.encode(new Deletion(SALES, "1700.3", AT))).contains("\"type\":\"deletion\"");
    }

    @Test
    void aPayloadThatIsNoEventIsReportedNotGuessed() {
        assertThatThrownBy(() -> codec.decode("{}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an inbox record that is not an event");
        assertThatThrownBy(() -> codec.decode("{\"type\":\"teleport\"}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessageInAnAutoAnswerChannelKeepsSayingSoAndOneRecordedBeforeReadsAsSpokenTo() {
        Message auto = new Message(SALES, ALICE, "ok", null, "1700.4", AT, false).autoAnswered();
        String recordedBefore = codec.encode(new Message(SALES, ALICE, "ok", null, "1700.5", AT, true))
                .replace(",\"autoAnswer\":false", "");

        assertThat(codec.decode(codec.encode(auto))).isEqualTo(auto)
                .satisfies(read -> assertThat(((Message) read).autoAnswer()).isTrue());
        assertThat(recordedBefore).doesNotContain("autoAnswer");
        assertThat(codec.decode(recordedBefore)).isInstanceOfSatisfying(Message.class, read -> {
            assertThat(read.addressed()).isTrue();
            assertThat(read.autoAnswer()).isFalse();
        });
    }

    @Test
    void aClickOnTheDeskKeepsSayingSoAndOneRecordedBeforeReadsAsNotOnTheDesk() {
        Click onDesk = new Click(SALES, ALICE, Action.ACKNOWLEDGE_PAIN, 7, null, Language.EN, "1700.11", AT, true);
        String recordedBefore = codec.encode(new Click(SALES, ALICE, Action.VERIFY, 7, null, Language.EN, "1700.12", AT))
                .replace(",\"desk\":false", "");

        assertThat(codec.decode(codec.encode(onDesk))).isEqualTo(onDesk);
        assertThat(recordedBefore).doesNotContain("desk");
        assertThat(codec.decode(recordedBefore)).isInstanceOfSatisfying(Click.class,
                read -> assertThat(read.desk()).isFalse());
    }
}
