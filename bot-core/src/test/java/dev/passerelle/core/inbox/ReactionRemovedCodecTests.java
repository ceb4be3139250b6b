package dev.passerelle.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Click;
import dev.passerelle.core.conversation.Reaction;
import dev.passerelle.core.conversation.ReactionRemoved;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reaction taken back is kept like every other event, and the inbox still reads what it recorded before. */
class ReactionRemovedCodecTests {

    private static final ChannelRef IT = new ChannelRef(Platform.SLACK, "T1", "C0IT", ChannelType.PUBLIC);
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.250Z");

    private final EventCodec codec = new EventCodec();

    @Test
    void readsBackAReactionTakenBackWithItsKey() {
        ReactionRemoved removed = new ReactionRemoved(IT, Sender.of("U2BOB"), Reaction.Kind.PLUS_ONE, "1700.3", AT);

        String payload = codec.encode(removed);

        assertThat(payload).contains("\"type\":\"reaction_removed\"");
        assertThat(codec.decode(payload)).isEqualTo(removed);
        assertThat(codec.decode(payload).key()).isEqualTo("slack:T1:C0IT:unreaction:PLUS_ONE:1700.3:U2BOB:"
                + AT.toEpochMilli());
    }

    @Test
    void takingBackTwiceIsTwoEventsButARetryIsOne() {
        ReactionRemoved first = new ReactionRemoved(IT, Sender.of("U2BOB"), Reaction.Kind.PLUS_ONE, "1700.3", AT);
        ReactionRemoved retry = new ReactionRemoved(IT, Sender.of("U2BOB"), Reaction.Kind.PLUS_ONE, "1700.3", AT);
        ReactionRemoved later = new ReactionRemoved(IT, Sender.of("U2BOB"), Reaction.Kind.PLUS_ONE, "1700.3",
                AT.plusSeconds(60));

        assertThat(retry.key()).isEqualTo(first.key());
        assertThat(later.key()).isNotEqualTo(first.key());
    }

    @Test
    void readsEventsRecordedBeforeReactionsCouldBeTakenBack() {
        String reaction = "{\"type\":\"reaction\",\"channel\":{\"platform\":\"SLACK\",\"workspace\":\"T1\","
                + "\"channel\":\"C0IT\",\"type\":\"PUBLIC\"},\"reactor\":{\"userId\":\"U2BOB\"},\"kind\":\"PLUS_ONE\","
                + "\"messageId\":\"1700.3\",\"author\":{\"userId\":\"U1ALICE\"},\"text\":\"VPN\","
                + "\"time\":\"2026-12-01T10:00:00.250Z\"}";
        String click = codec.encode(new Click(IT, Sender.of("U2BOB"), Action.VERIFY, 12, null,
                dev.passerelle.core.vocabulary.Language.EN, "1700.10", AT));

        assertThat(codec.decode(reaction)).isInstanceOf(Reaction.class)
                .extracting(event -> ((Reaction) event).messageId()).isEqualTo("1700.3");
        assertThat(codec.decode(click)).isInstanceOf(Click.class);
    }
}
