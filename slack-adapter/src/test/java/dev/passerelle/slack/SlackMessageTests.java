package dev.passerelle.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.util.json.GsonFactory;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.slack.SlackConversations.SlackMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Slack's documented event payloads become the core's {@link Message} without loss. */
class SlackMessageTests {

    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final Sender ALICE = new Sender("U1ALICE", "Alice Martin", "alice@example.com", null);

    @Test
    void aPublicChannelMessageKeepsItsChannelIdAndTimeAndDecodesEntities() {
        Message in = message("message_channel.json").toMessage(ChannelType.PUBLIC, ALICE, false);

        assertThat(in.platform()).isEqualTo(Platform.SLACK);
        assertThat(in.workspace()).isEqualTo("T1");
        assertThat(in.channel().channel()).isEqualTo("C0SALES");
        assertThat(in.channelType()).isEqualTo(ChannelType.PUBLIC);
        assertThat(in.messageId()).isEqualTo("1732540000.000100");
        assertThat(in.time()).isEqualTo(Instant.ofEpochSecond(1732540000L, 100_000));
        assertThat(in.thread()).isNull();
        assertThat(in.addressed()).isFalse();
        assertThat(in.text()).isEqualTo("#faq How do I export a report? | Click Export & pick Excel");
        assertThat(in.sender()).isEqualTo(ALICE);
    }

    @Test
    void aMentionOfTheBotInAThreadAddressesItAndStripsTheMentionAndMarkup() {
        Message in = message("message_mention_thread.json").toMessage(ChannelType.PUBLIC, Sender.of("U2BOB"), false);

        assertThat(in.addressed()).isTrue();
        assertThat(in.thread()).isEqualTo("1732540000.000100");
        assertThat(in.text()).isEqualTo("qui connaît le #crm ? cc @U1ALICE @here");
        assertThat(in.text()).doesNotContain("<@", "<!", "<#");
    }

    @Test
    void aDirectMessageIsAlwaysAddressedAndLinksAreSpelledOut() {
        Message in = message("message_im.json").toMessage(ChannelType.DIRECT, Sender.of("U3CAROL"), false);

        assertThat(in.addressed()).isTrue();
        assertThat(in.channelType()).isEqualTo(ChannelType.DIRECT);
        assertThat(in.text()).isEqualTo("how do I reset my password? see the IT page (https://intranet.example.com/it)");
    }

    @Test
    void aPrivateGroupMessageMapsToAPrivateChannel() {
        SlackMessage message = message("message_group.json");

        assertThat(Directory.fromCode(message.channelType())).contains(ChannelType.PRIVATE);
        assertThat(message.toMessage(ChannelType.PRIVATE, ALICE, false).channelType().restricted()).isTrue();
    }

    @Test
    void anAutoAnswerChannelAddressesEveryMessage() {
        assertThat(message("message_channel.json").toMessage(ChannelType.PUBLIC, ALICE, true).addressed()).isTrue();
    }

    @Test
    void anAppMentionKeepsItsThreadAndDropsTheLabelledMention() {
        AppMentionEvent event = GSON.fromJson(read("app_mention.json"), AppMentionEvent.class);
        Message in = SlackMessage.of(event, "T1", "UBOT").toMessage(ChannelType.PUBLIC, Sender.of("U2BOB"), false);

        assertThat(in.addressed()).isTrue();
        assertThat(in.thread()).isEqualTo("1732540390.000001");
        assertThat(in.text()).isEqualTo("who knows invoicing?");
    }

    @Test
    void channelTypeCodesFromEventsMapToTheCoresTypes() {
        assertThat(Directory.fromCode("channel")).contains(ChannelType.PUBLIC);
        assertThat(Directory.fromCode("group")).contains(ChannelType.PRIVATE);
        assertThat(Directory.fromCode("mpim")).contains(ChannelType.PRIVATE);
        assertThat(Directory.fromCode("im")).contains(ChannelType.DIRECT);
        assertThat(Directory.fromCode(null)).isEmpty();
        assertThat(Directory.fromCode("app_home")).isEmpty();
    }

    private static SlackMessage message(String fixture) {
        return SlackMessage.of(GSON.fromJson(read(fixture), MessageEvent.class), "T1", "UBOT");
    }

    private static String read(String fixture) {
        try (InputStream in = SlackMessageTests.class.getResourceAsStream("/payloads/events/" + fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
