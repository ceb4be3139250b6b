package dev.passerelle.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.conversation.EditSubmitted;
import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.Save;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An edit form sent back is kept like every other event, and the inbox still reads what it recorded before. */
class EditSubmittedCodecTests {

    private static final ChannelRef SALES = new ChannelRef(Platform.SLACK, "T1", "C0SALES", ChannelType.PUBLIC);
    private static final Instant AT = Instant.parse("2026-12-02T09:00:00.500Z");

    private final EventCodec codec = new EventCodec();

    @Test
    void readsBackASubmittedEditFormWithItsKey() {
        EditSubmitted sent = new EditSubmitted(SALES, Sender.of("U0KIM"), 12, "Where is the badge desk?", "Floor 3",
                List.of("badges"), Language.FR, "V0EDIT", "1700.1", AT);

        String payload = codec.encode(sent);

        assertThat(payload).contains("\"type\":\"edit_form\"");
        assertThat(codec.decode(payload)).isEqualTo(sent);
        assertThat(codec.decode(payload).key()).isEqualTo("slack:T1:C0SALES:edit_form:V0EDIT:U0KIM");
    }

    @Test
    void anInsightsFormWithoutAnswerReadsBackWithNone() {
        EditSubmitted sent = new EditSubmitted(SALES, Sender.of("U0KIM"), 7, "Ctrl+K opens the search", null,
                List.of(), Language.EN, "V0EDIT2", null, AT);

        assertThat(codec.decode(codec.encode(sent))).isEqualTo(sent);
    }

    @Test
    void readsEventsRecordedBeforeEditFormsExisted() {
        String save = "{\"type\":\"save\",\"channel\":{\"platform\":\"SLACK\",\"workspace\":\"T1\","
                + "\"channel\":\"C0SALES\",\"type\":\"PUBLIC\"},\"saver\":{\"userId\":\"U0KIM\"},\"kind\":\"FAQ\","
                + "\"text\":\"Where? | Here\",\"tags\":[\"crm\"],\"messageId\":\"1700.2\",\"thread\":null,"
                + "\"author\":{\"userId\":\"U0BOB\"},\"time\":\"2026-12-01T10:00:00Z\"}";
        String click = "{\"type\":\"click\",\"channel\":{\"platform\":\"SLACK\",\"workspace\":\"T1\","
                + "\"channel\":\"C0SALES\",\"type\":\"PUBLIC\"},\"user\":{\"userId\":\"U0KIM\"},\"action\":\"EDIT\","
                + "\"entryId\":12,\"thread\":null,\"language\":\"EN\",\"clickId\":\"1700.3\","
                + "\"time\":\"2026-12-01T10:00:00Z\"}";

        Event saved = codec.decode(save);
        assertThat(saved).isInstanceOf(Save.class);
        assertThat(((Save) saved).tags()).containsExactly("crm");
        assertThat(codec.decode(click).key()).isEqualTo("slack:T1:C0SALES:click:1700.3:U0KIM");
    }
}
