package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Teams message activities become the core's {@link Message}: where, which thread, what text, addressed or not. */
class TeamsMessageTests {

    private static final Sender BOB = new Sender("29:bob", "Bob Durand", "bob@example.com", null);

    @Nested
    class Channels {

        @Test
        void aMentionInAThreadAddressesTheBotWithoutItsMentionAndKeepsTheThread() {
            Message in = message("message-channel-mention-thread.json");

            assertThat(in.platform()).isEqualTo(Platform.TEAMS);
            assertThat(in.workspace()).isEqualTo("tenant-1");
            assertThat(in.channel().channel()).isEqualTo("19:general@thread.tacv2");
            assertThat(in.channelType()).isEqualTo(ChannelType.PUBLIC);
            assertThat(in.messageId()).isEqualTo("1732540100000");
            assertThat(in.thread()).isEqualTo("1732540000000");
            assertThat(in.addressed()).isTrue();
            assertThat(in.text()).isEqualTo("qui connaît la facturation ?");
            assertThat(in.sender()).isEqualTo(BOB);
        }

        @Test
        void sevenDigitFractionsOfASecondAreReadToTheTick() {
            assertThat(message("message-channel-mention-thread.json").time())
                    .isEqualTo(Instant.parse("2024-11-25T13:08:20.123456700Z"));
        }

        @Test
        void aRootPostIsNotInAThreadAndWithoutAMentionIsNotAddressed() {
            Message in = message("message-channel-post.json");

            assertThat(in.thread()).isNull();
            assertThat(in.addressed()).isFalse();
            assertThat(in.text()).isEqualTo("#faq How do I export the CRM? | Settings, then Export & pick Excel");
            assertThat(in.time()).isEqualTo(Instant.parse("2024-11-25T13:06:40Z"));
        }

        @Test
        void aPrivateChannelIsRestrictedToItsMembers() {
            Message in = message("message-private-channel.json");

            assertThat(in.channelType()).isEqualTo(ChannelType.PRIVATE);
            assertThat(in.channel().channel()).isEqualTo("19:finance-private@thread.tacv2");
        }

        @Test
        void otherMentionsStayAsNamesAndHtmlEntitiesAreDecoded() {
            Message in = message("message-other-mentions.json");

            assertThat(in.addressed()).isTrue();
            assertThat(in.text()).isEqualTo("@Bob Durand the Q&A is in <Finance> – ask , thanks");
            assertThat(in.text()).doesNotContain("<at>", "</at>");
        }
    }

    @Nested
    class Chats {

        @Test
        void aGroupChatIsRestrictedAndAMentionAddressesTheBot() {
            Message in = message("message-group-chat.json");

            assertThat(in.channelType()).isEqualTo(ChannelType.PRIVATE);
            assertThat(in.channel().channel()).isEqualTo("19:meeting-chat@thread.v2");
            assertThat(in.thread()).isNull();
            assertThat(in.addressed()).isTrue();
            assertThat(in.text()).isEqualTo("ask how do we book travel?");
        }

        @Test
        void aPersonalChatIsDirectAndAlwaysAddressed() {
            Message in = message("message-personal.json");

            assertThat(in.channelType()).isEqualTo(ChannelType.DIRECT);
            assertThat(in.addressed()).isTrue();
            assertThat(in.text()).isEqualTo("help");
        }

        @Test
        void theAgentsPlaygroundPersonalChatNamesNoTypeAndIsDirect() {
            Message in = message("message-playground-personal.json");

            assertThat(in.channelType()).isEqualTo(ChannelType.DIRECT);
            assertThat(in.workspace()).isEqualTo("00000000-0000-0000-0000-0000000000001");
            assertThat(in.addressed()).isTrue();
            assertThat(in.sender()).isEqualTo(new Sender("user-id-0", "Alex Wilber", null, null));
        }
    }

    @Test
    void aMessageExtensionBodyInHtmlBecomesPlainText() {
        String html = "<p>Tip: the <b>CRM</b> export is in Settings &gt; Export.</p><p>Ask <at id=\"0\">Bob Durand</at> "
                + "if it fails &amp; retry.</p>";

        assertThat(TeamsText.fromHtml(html))
                .isEqualTo("Tip: the CRM export is in Settings > Export.\nAsk @Bob Durand if it fails & retry.");
    }

    private static Message message(String payload) {
        var activity = Payloads.activity(payload);
        Sender sender = payload.contains("playground") ? TeamsMessage.sender(activity)
                : senderOf(activity.getFrom().getId());
        return TeamsMessage.of(activity).toEvent(sender);
    }

    private static Sender senderOf(String id) {
        return id.equals(BOB.userId()) ? BOB : new Sender(id, null, null, null);
    }
}
