package dev.passerelle.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.teams.MessagingExtensionAction;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import dev.passerelle.teams.Recordings.Recording;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What Teams really sent maps to the core's terms: every activity, without an exception. */
@RequiresSharedData(Recordings.FOLDER)
class RecordedActivityMappingTests {

    private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private final ActivityJson json = new ActivityJson();

    static List<Recording> requests() {
        return Recordings.requests();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void everyRecordedActivityMapsToAConversationOfTheTenant(Recording recording) {
        Activity activity = read(recording);
        TeamsConversation where = TeamsConversation.of(activity);

        assertThat(where.channel().platform()).isEqualTo(Platform.TEAMS);
        assertThat(where.channel().workspace()).isEqualTo(TENANT);
        assertThat(where.channel().channel()).doesNotContain(";messageid=");
        assertThat(TeamsMessage.sender(activity).userId()).startsWith("29:");
        switch (activity.getType()) {
            case ActivityTypes.MESSAGE -> assertMapsAsMessage(activity);
            case ActivityTypes.INVOKE -> assertMapsAsInvoke(activity);
            case ActivityTypes.CONVERSATION_UPDATE -> assertThat(where.type()).isIn(ChannelType.PUBLIC, ChannelType.PRIVATE);
            default -> throw new AssertionError("unexpected recorded activity type " + activity.getType());
        }
    }

    private void assertMapsAsMessage(Activity activity) {
        boolean cardSubmit = activity.getValue() != null && activity.getText() == null;
        if (cardSubmit) {
            // Other bots' card submits: no Passerelle button among them, so nothing happens.
            assertThat(CardAction.fromSubmit(activity.getValue())).isEmpty();
            return;
        }
        Message in = TeamsMessage.of(activity).toEvent(TeamsMessage.sender(activity));
        assertThat(in.text()).doesNotContain("<at>", "</at>").isNotBlank();
        assertThat(in.addressed()).isTrue();
        assertThat(in.messageId()).isEqualTo(activity.getId());
    }

    private void assertMapsAsInvoke(Activity activity) {
        if (activity.getName() != null && activity.getName().startsWith("composeExtension/")
                && activity.getValue() instanceof Map<?, ?> value && value.containsKey("commandId")) {
            MessagingExtensionAction action = json.convert(activity.getValue(), MessagingExtensionAction.class);
            assertThat(SaveHandler.messageText(action)).isNotNull();
        }
        assertThat(CardAction.fromSubmit(activity.getValue())).isEmpty();
    }

    @Test
    void theMentionOfTheBotIsStrippedAndTheRestKept() {
        Map<String, String> texts = requests().stream().map(this::read)
                .filter(a -> ActivityTypes.MESSAGE.equals(a.getType()) && a.getText() != null)
                .collect(Collectors.toMap(Activity::getId, a -> TeamsMessage.of(a).text(), (a, b) -> a));

        assertThat(texts).containsEntry("1571537152320", "1")
                .containsEntry("1571508491752", "https://foo.com")
                .containsEntry("1571540169848", "show members")
                .containsEntry("1571691217375", "file");
    }

    @Test
    void channelPostsAreTheRootsOfTheirThreads() {
        List<TeamsMessage> posts = messages().stream().filter(m -> m.where().type() == ChannelType.PUBLIC).toList();

        assertThat(posts).hasSizeGreaterThan(10).allSatisfy(post -> {
            assertThat(post.where().threadRoot()).isEqualTo(post.id());
            assertThat(post.thread()).isNull();
        });
    }

    @Test
    void thePersonalChatIsDirectAndTheGroupChatRestricted() {
        Map<String, ChannelType> types = requests().stream().map(this::read)
                .collect(Collectors.toMap(a -> a.getConversation().getConversationType(), TeamsConversation::type,
                        (a, b) -> a));

        assertThat(types).containsEntry("personal", ChannelType.DIRECT).containsEntry("groupChat", ChannelType.PRIVATE)
                .containsEntry("channel", ChannelType.PUBLIC);
    }

    @Test
    void theRecordedRosterGivesNamesAndAddressesThatLinkPeopleAcrossPlatforms() throws Exception {
        Recording roster = Recordings.named("20191020025611549");
        List<TeamsChannelAccount> members = List.of(new ObjectMapper()
                .treeToValue(roster.json().get("response"), TeamsChannelAccount[].class));

        Map<String, Sender> senders = members.stream().map(m -> Roster.toSender(m, null))
                .collect(Collectors.toMap(Sender::name, Function.identity()));

        assertThat(senders).hasSize(3);
        assertThat(senders.get("Dave Taniguchi")).isEqualTo(new Sender(
                "29:1CFIxRJBLjT_io3iNsDZxMk_4YPWQmr3DZUM1I6ihf5L2ocCDqg9S1vkHK6kRdGfK1P_2LFE2nQqFIvdu-GBOZA",
                "Dave Taniguchi", "Dave.Taniguchi@microsoft.com", null));
    }

    private List<TeamsMessage> messages() {
        return requests().stream().map(this::read)
                .filter(a -> ActivityTypes.MESSAGE.equals(a.getType()) && a.getText() != null)
                .map(TeamsMessage::of).toList();
    }

    private Activity read(Recording recording) {
        return json.activity(recording.body().toString().getBytes(StandardCharsets.UTF_8));
    }
}
